/**
 * The in-page assistant's UI, rendered inside its shadow root: an outline over the element to click and a
 * hint bubble next to it, or a bubble docked in the corner for page notes and the completion offer.
 */
import type { ComponentChildren } from 'preact';
import { type Box, placeBubble } from '../../utils/assistant/place';
import type { UiHandlers, UiSettings, View } from '../../utils/assistant/session';
import { CompletionOffer } from './CompletionOffer';
import { Controls } from './Controls';
import { PageNotes } from './PageNotes';
import { TargetHint } from './TargetHint';
import { UiContext, useUi } from './ui-context';

/** The outline sits a few px outside the element so it never covers its text. */
const OUTLINE_PAD = 4;

function Outline({ rect }: { rect: Box }) {
  const style = {
    top: `${rect.top - OUTLINE_PAD}px`,
    left: `${rect.left - OUTLINE_PAD}px`,
    width: `${rect.width + 2 * OUTLINE_PAD}px`,
    height: `${rect.height + 2 * OUTLINE_PAD}px`,
  };
  return <div class="outline" style={style} aria-hidden="true" />;
}

function bubbleStyle(anchor: Box) {
  const place = placeBubble(anchor, { width: innerWidth, height: innerHeight });
  return {
    left: `${place.left}px`,
    maxHeight: `${place.maxHeight}px`,
    ...(place.side === 'below' ? { top: `${place.top}px` } : { bottom: `${place.bottom}px` }),
  };
}

/** Next to `anchor` when there is one, else docked in the corner. */
function Bubble({ anchor, view, children }: { anchor: Box | null; view: View; children: ComponentChildren }) {
  const { strings, handlers } = useUi();
  return (
    <aside
      class={anchor ? 'bubble' : 'bubble docked'}
      style={anchor ? bubbleStyle(anchor) : undefined}
      data-view={view.kind}
      aria-label={strings['assistant.region']}
      onKeyDown={(e) => {
        if (e.key === 'Escape') handlers.dismiss(true);
      }}
    >
      <header>
        <span class="title">{strings.appName}</span>
        {view.kind === 'target' && (
          <span>
            {view.index + 1} / {view.total}
          </span>
        )}
        <button
          type="button"
          class="close"
          aria-label={strings.dismiss}
          onClick={() => handlers.dismiss(true)}
        >
          ×
        </button>
      </header>
      {children}
    </aside>
  );
}

export function AssistantPanel({
  view,
  settings,
  handlers,
}: {
  view: View;
  settings: UiSettings;
  handlers: UiHandlers;
}) {
  const anchor = view.kind === 'target' ? view.rect : null;
  return (
    <UiContext.Provider value={{ settings, handlers }}>
      <div class="layer" lang={settings.lang}>
        {anchor && <Outline rect={anchor} />}
        <Bubble anchor={anchor} view={view}>
          {view.kind === 'target' && (
            <TargetHint step={view.step} evidence={view.evidence} label={view.label} />
          )}
          {view.kind === 'notes' && <PageNotes notes={view.notes} guide={view.guide} />}
          {view.kind === 'complete' && <CompletionOffer status={view.status} />}
          <Controls />
        </Bubble>
      </div>
    </UiContext.Provider>
  );
}
