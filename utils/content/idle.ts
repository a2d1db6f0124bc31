/**
 * Work a content script may do later: once the page has loaded and its main thread is idle, or at the latest
 * LATEST_MS after `load` on a page that is never idle (an animation, a ticker), so the work is never put off for
 * good. Each call schedules one slice; the callback gets the time by which its slice should end.
 */
import type { Lifetime } from './lifetime';

/** How long a slice may wait for an idle moment before it runs anyway. */
const LATEST_MS = 1_000;

type IdleWindow = {
  requestIdleCallback?: (
    callback: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void,
    options?: { timeout: number },
  ) => number;
};

export function whenIdleAfterLoad(lifetime: Lifetime, sliceMs: number, slice: (until: number) => void): void {
  const idle = () => {
    // Bound: Firefox refuses a WebIDL method called on anything but its window (a content script's global is not).
    const ric = (window as IdleWindow).requestIdleCallback?.bind(window);
    if (!ric) {
      lifetime.setTimeout(() => slice(performance.now() + sliceMs), 50);
      return;
    }
    ric(
      (deadline) => {
        if (!lifetime.alive) return;
        // A slice forced by the timeout gets its full length; an idle one what the browser says is left.
        const ms = deadline.didTimeout ? sliceMs : Math.min(sliceMs, Math.max(1, deadline.timeRemaining()));
        slice(performance.now() + ms);
      },
      { timeout: LATEST_MS },
    );
  };
  if (document.readyState === 'complete') idle();
  else lifetime.listen(window, 'load', idle, { once: true });
}
