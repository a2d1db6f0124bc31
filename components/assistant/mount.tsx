/** Puts the assistant's UI in its own shadow root at the end of <body>: after the page in the tab order. */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { AssistantUi, UiHandlers } from '../../utils/assistant/session';
import { AssistantPanel } from './AssistantPanel';
// Bundled as text, so showing the first hint needs no extra request for the stylesheet.
import css from './assistant.css?inline';

export async function createAssistantUi(
  ctx: ContentScriptContext,
  handlers: UiHandlers,
): Promise<AssistantUi> {
  let container: HTMLElement | null = null;
  const ui = await createShadowRootUi(ctx, {
    name: 'kaiyaku-assistant',
    position: 'overlay',
    zIndex: 2147483647,
    anchor: 'body',
    append: 'last',
    css,
    // Keys typed in the bubble stay there: the page's own shortcuts do not fire.
    isolateEvents: true,
    onMount: (uiContainer) => {
      container = uiContainer;
    },
    onRemove: () => {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return {
    render(view, settings) {
      if (container)
        render(view && <AssistantPanel view={view} settings={settings} handlers={handlers} />, container);
    },
  };
}
