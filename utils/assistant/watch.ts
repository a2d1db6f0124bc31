/**
 * Waits for menus that render late (after a fetch, on an SPA's route change) without costing the page
 * anything: the MutationObserver callback only queues the added nodes; once per animation frame the queue is
 * checked for text that contains one of the labels, and only then does the real search run. Watching stops
 * as soon as the search succeeds, or after `idleMs` without any relevant addition.
 */
import { NAME_ATTRIBUTES, NAMED } from './names';
import { normaliseLabel } from './normalise';

/** Frames and timers that do nothing once the extension is gone (a Lifetime, utils/content/lifetime.ts). */
export interface Scheduler {
  requestAnimationFrame(callback: () => void): number;
  setTimeout(callback: () => void, ms: number): number;
  /** `callback` runs when the extension goes away; the returned function unregisters it. */
  onEnd(callback: () => void): () => void;
}

/** Above this many added nodes in one frame, the queue is not inspected: the search simply runs once. */
const MAX_QUEUE = 1000;
/** Text read from one added subtree for the cheap label check. */
const MAX_TEXT = 20_000;
export const IDLE_MS = 4000;

/** The text of an added node plus the names its elements carry in attributes (names.ts). */
function wordsOf(node: Node): string {
  const text = node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE) return text;
  const element = node as Element;
  const named = [element, ...element.querySelectorAll(NAMED)];
  const names = named.flatMap((el) => NAME_ATTRIBUTES.map((a) => el.getAttribute(a) ?? ''));
  return `${text.slice(0, MAX_TEXT)} ${names.join(' ')}`;
}

/**
 * Calls `search` in the next frame after the page adds something whose words `mentions` (given normalised text:
 * a step's wording or intent words); `search` returns true when it found what it looked for. Returns a function
 * that stops watching.
 */
export function watchForLabels(
  root: Node,
  mentions: (normalised: string) => boolean,
  search: () => boolean,
  scheduler: Scheduler,
  idleMs = IDLE_MS,
): () => void {
  let queue: Node[] = [];
  let overflow = false;
  let framePending = false;
  let idleTimer = 0;
  let stopped = false;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    clearTimeout(idleTimer);
    removeEndListener();
  };
  const restartIdleTimer = () => {
    clearTimeout(idleTimer);
    idleTimer = scheduler.setTimeout(stop, idleMs);
  };
  const inspect = () => {
    framePending = false;
    if (stopped) return;
    const relevant =
      overflow || queue.some((n) => n.isConnected && mentions(normaliseLabel(wordsOf(n).slice(0, MAX_TEXT))));
    queue = [];
    overflow = false;
    if (!relevant) return;
    restartIdleTimer();
    if (search()) stop();
  };
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        if (queue.length < MAX_QUEUE) queue.push(node);
        else overflow = true;
      }
    if (!framePending) {
      framePending = true;
      scheduler.requestAnimationFrame(inspect);
    }
  });
  const removeEndListener = scheduler.onEnd(stop);
  observer.observe(root, { childList: true, subtree: true });
  restartIdleTimer();
  return stop;
}
