/**
 * The in-page assistant in one tab: asks the background what to show, recognises the page, then points at the
 * next click, explains the page, or offers to tick the finished step; and starts over on SPA navigation.
 * Everything it starts goes through its Lifetime, so a disabled or updated extension leaves no listener, timer
 * or observer behind.
 */
import type { MenuStep, PageNote } from '../../data/schema';
import { watchAddress } from '../content/address';
import type { Lifetime } from '../content/lifetime';
import type { LangSetting } from '../i18n';
import type { AssistantContext, AssistantMessage } from '../messages';
import { type Found, findNextTarget } from './find-target';
import { normaliseLabel } from './normalise';
import type { Box } from './place';
import { isIgnored, pageText, recognisePage } from './recognise';
import { type CompiledStep, compileSteps, type Evidence, mentionsStep } from './score';
import { IDLE_MS, watchForLabels } from './watch';

/** The attribute on the element the user should click next; its value is the menu step's id. */
export const HIGHLIGHT_ATTRIBUTE = 'data-kaiyaku-highlight';

/** After the highlighted element is clicked, a menu it opens is looked for this much later. */
const AFTER_CLICK_MS = 300;

export type View =
  | {
      kind: 'target';
      step: MenuStep;
      index: number;
      total: number;
      rect: Box;
      /** A sourced wording of the step, or only its intent ("probably"). */
      evidence: Evidence;
      /** The element's own words. */
      label: string;
    }
  /** Sourced remarks for the page, and the way in words (collapsed) when nothing on it qualifies. */
  | { kind: 'notes'; notes: PageNote[]; guide: boolean }
  | { kind: 'complete'; status: 'offer' | 'done' | 'failed' };

export interface UiHandlers {
  /** `fromUi`: the user closed it from inside the bubble, so focus should go somewhere sensible. */
  dismiss(fromUi: boolean): void;
  hideOnSite(): void;
  setLang(setting: LangSetting): void;
  markDone(event: MouseEvent): void;
}

/** What the UI needs to speak the user's language; all of it comes from the background with the context. */
export type UiSettings = Pick<AssistantContext, 'lang' | 'langSetting' | 'strings' | 'languages' | 'guide'>;

export interface AssistantUi {
  render(view: View | null, settings: UiSettings): void;
  /** Takes the UI off the page for good. */
  remove(): void;
}

export interface AssistantDeps {
  ask(message: AssistantMessage): Promise<unknown>;
  createUi(handlers: UiHandlers): AssistantUi;
}

/**
 * Resolves once the document is parsed (at once if it already is): only then can its menus be searched. The
 * page can fire a DOMContentLoaded of its own, so the document's state decides, not the event.
 */
function documentParsed(lifetime: Lifetime): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    lifetime.listen(document, 'DOMContentLoaded', () => {
      if (document.readyState !== 'loading') resolve();
    }),
  );
}

/**
 * Calls `callback` in a task of its own once the browser has laid out `element` in its own rendering step, with
 * whether it is in the viewport. Reading its box at once would force that layout inside the assistant's task (at
 * DOMContentLoaded, the page's first layout of all: 10–18 ms measured), and the bubble's first render would
 * follow in the same task; together they made one long task (> 50 ms).
 */
function whenLaidOut(element: Element, lifetime: Lifetime, callback: (inViewport: boolean) => void): void {
  const observer = new IntersectionObserver(([entry]) => {
    observer.disconnect();
    if (entry && lifetime.alive) callback(entry.isIntersecting);
  });
  observer.observe(element);
}

function boxOf(el: Element): Box {
  const { top, left, width, height } = el.getBoundingClientRect();
  return { top, left, width, height };
}

export class Assistant implements UiHandlers {
  private context: AssistantContext | null = null;
  private ui: AssistantUi | null = null;
  private view: View | null = null;
  private target: Found | null = null;
  private stopWatching: (() => void) | null = null;
  private scrolled = false;
  private followPending = false;
  /** Counts the pages looked at, so a late notice meant for one never shows on the next (SPA navigation). */
  private page = 0;
  /** The path's steps, compiled once per context. */
  private steps: CompiledStep[] = [];

  constructor(
    private readonly lifetime: Lifetime,
    private readonly deps: AssistantDeps,
  ) {}

  /**
   * Meant to run at document_start: the question goes to the background at once and its answer travels while
   * the page is still being parsed, so the page can be searched as soon as it is complete.
   */
  async start(): Promise<void> {
    const answer = this.loadContext().catch(() => null);
    await documentParsed(this.lifetime);
    this.context = await answer;
    this.steps = compileSteps(this.context?.path?.steps ?? [], this.context?.lexicon ?? {});
    // No answer (the background refused this page) or hints hidden here: nothing to do at all.
    if (!this.context || this.context.hintsHidden || !this.lifetime.alive) return;
    const { lifetime } = this;
    // SPA navigation: the new route renders after the URL changes, so look once it had a chance to.
    watchAddress(lifetime, () => {
      this.clear();
      lifetime.setTimeout(() => lifetime.requestAnimationFrame(() => this.showPage(true)), 0);
    });
    lifetime.listen(window, 'scroll', () => this.follow(), { capture: true, passive: true });
    lifetime.listen(window, 'resize', () => this.follow(), { passive: true });
    lifetime.listen<KeyboardEvent>(document, 'keydown', (e) => {
      if (e.key === 'Escape' && this.view) this.dismiss(false);
    });
    lifetime.listen(document, 'click', (e) => this.afterClick(e), { capture: true });
    this.showPage(false);
  }

  private async loadContext(): Promise<AssistantContext> {
    return (await this.deps.ask({ type: 'assistant/context' })) as AssistantContext;
  }

  /** Decides what this page needs. `navigated`: reached by SPA navigation, so its menus may still be coming. */
  private showPage(navigated: boolean): void {
    this.page++;
    this.clear();
    this.scrolled = false;
    const context = this.context;
    if (!context || context.hintsHidden || isIgnored(location.href, context.portal)) return;
    const text = pageText(document);
    const kind = recognisePage(location.href, text, context.portal);
    const completion = context.completion;
    if (kind === 'complete') {
      if (completion) this.show({ kind: 'complete', status: completion.done ? 'done' : 'offer' });
      return;
    }
    if (completion?.done) return;
    const steps = this.steps;
    // No observer on an unrecognised page that names none of the steps: nothing there can come later.
    const mayWatch = navigated || kind !== 'other' || mentionsStep(normaliseLabel(text), steps);
    const notes = context.path?.notes?.filter((n) => n.on.includes(kind)) ?? [];
    if (this.seek(steps, mayWatch)) return;
    if (notes.length > 0) this.show({ kind: 'notes', notes, guide: kind !== 'other' });
    else if (kind !== 'other' && context.guide) {
      // Never silent on a recognised page: once late menus had their chance, the way in words.
      const page = this.page;
      this.lifetime.setTimeout(
        () => {
          if (page === this.page && !this.target && !this.view)
            this.show({ kind: 'notes', notes: [], guide: true });
        },
        mayWatch ? IDLE_MS : 0,
      );
    }
  }

  /**
   * Points at the furthest step shown and, unless that is the last one, watches for the page to show more
   * (a menu rendered late, an SPA re-render, a panel opened in place). False when nothing is shown yet.
   */
  private seek(steps: readonly CompiledStep[], mayWatch: boolean): boolean {
    const found = this.pointAtNext(steps);
    if (mayWatch && steps.length > 0 && !this.atLastStep(steps)) {
      this.stopWatching?.();
      this.stopWatching = watchForLabels(
        document.body ?? document.documentElement,
        (text) => mentionsStep(text, steps),
        () => {
          this.pointAtNext(steps);
          return this.atLastStep(steps);
        },
        this.lifetime,
      );
    }
    return found;
  }

  private atLastStep(steps: readonly CompiledStep[]): boolean {
    return this.target?.index === steps.length - 1;
  }

  /** Points at the furthest step shown, unless the one pointed at is at least as far and still there. */
  private pointAtNext(steps: readonly CompiledStep[]): boolean {
    const found = findNextTarget(document, steps);
    const current = this.target;
    if (current?.element.isConnected && (!found || current.index >= found.index)) return true;
    if (found) this.highlight(found);
    else if (current) this.dropTarget();
    return !!found;
  }

  private highlight(found: Found): void {
    this.unmark();
    this.target = found;
    found.element.setAttribute(HIGHLIGHT_ATTRIBUTE, found.step.id);
    whenLaidOut(found.element, this.lifetime, (inViewport) => {
      // Pointed elsewhere or dismissed meanwhile.
      if (this.target !== found) return;
      if (!this.scrolled && !inViewport) found.element.scrollIntoView({ block: 'center' });
      this.scrolled = true;
      this.show(this.targetView(found));
    });
  }

  private targetView(found: Found): View {
    const total = this.context?.path?.steps.length ?? 0;
    return {
      kind: 'target',
      step: found.step,
      index: found.index,
      total,
      rect: boxOf(found.element),
      evidence: found.evidence,
      label: found.label,
    };
  }

  /** A click on the highlighted element may open the next menu in place (an accordion, a tab). */
  private afterClick(event: Event): void {
    const target = this.target;
    if (!target || !event.isTrusted || !target.element.contains(event.target as Node)) return;
    this.lifetime.setTimeout(() => {
      if (this.target === target) this.seek(this.steps, true);
    }, AFTER_CLICK_MS);
  }

  /** Keeps the outline and bubble on the element while the page scrolls or reflows; once per frame. */
  private follow(): void {
    if (!this.target || this.followPending) return;
    this.followPending = true;
    this.lifetime.requestAnimationFrame(() => {
      this.followPending = false;
      const target = this.target;
      if (!target) return;
      // The page replaced the element (an SPA re-render): look again.
      if (!target.element.isConnected) this.showPage(true);
      else this.show(this.targetView(target));
    });
  }

  private show(view: View): void {
    this.view = view;
    this.render();
  }

  private render(): void {
    const context = this.context;
    // The shadow root is made only once there is something to show in it.
    if (!context || (!this.ui && !this.view)) return;
    const { lang, langSetting, strings, languages, guide } = context;
    if (!this.ui) {
      const ui = this.deps.createUi(this);
      this.lifetime.onEnd(() => ui.remove());
      this.ui = ui;
    }
    this.ui.render(this.view, { lang, langSetting, strings, languages, guide });
  }

  private unmark(): void {
    this.target?.element.removeAttribute(HIGHLIGHT_ATTRIBUTE);
    this.target = null;
  }

  /** The element went away (the page re-rendered) and nothing replaces it: no outline, no bubble. */
  private dropTarget(): void {
    this.unmark();
    this.view = null;
    this.render();
  }

  /** Removes everything this page got: highlight, bubble, observer. */
  private clear(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    this.unmark();
    this.view = null;
    this.render();
  }

  dismiss(fromUi: boolean): void {
    const element = this.target?.element;
    this.clear();
    // Closing from inside the bubble would leave focus nowhere; the element it pointed at is the next stop.
    if (fromUi && element instanceof HTMLElement) element.focus();
  }

  hideOnSite(): void {
    if (this.context) this.context.hintsHidden = true;
    this.clear();
    // Should the background be gone, the hints stay hidden on this page only.
    this.deps.ask({ type: 'settings/hints', host: location.hostname, hidden: true }).catch(() => undefined);
  }

  setLang(setting: LangSetting): void {
    void this.deps
      .ask({ type: 'settings/lang', lang: setting })
      .then(() => this.loadContext())
      .then((context) => {
        this.context = context;
        this.steps = compileSteps(context.path?.steps ?? [], context.lexicon);
        this.render();
      })
      // The background went away (extension updated): the page keeps the language it has.
      .catch(() => undefined);
  }

  markDone(event: MouseEvent): void {
    const completion = this.context?.completion;
    const view = this.view;
    // Only the user's own click ticks a step. The page cannot reach the button in the closed shadow root, and
    // should it ever get there, its clicks are not trusted.
    if (!event.isTrusted || !completion || view?.kind !== 'complete') return;
    this.deps.ask({ type: 'page/step-done', stepId: completion.stepId }).then(
      () => {
        completion.done = true;
        this.show({ ...view, status: 'done' });
      },
      () => this.show({ ...view, status: 'failed' }),
    );
  }
}
