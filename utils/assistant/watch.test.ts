import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Scheduler, watchForLabels } from './watch';

/** Frames and timers run only when the test says so. */
function manualScheduler() {
  const frames: (() => void)[] = [];
  const endListeners: (() => void)[] = [];
  const scheduler: Scheduler = {
    requestAnimationFrame: (cb) => frames.push(cb),
    setTimeout: (cb, ms) => window.setTimeout(cb, ms),
    onEnd: (cb) => {
      endListeners.push(cb);
      return () => endListeners.splice(endListeners.indexOf(cb), 1);
    },
  };
  const runFrames = () => {
    for (const frame of frames.splice(0)) frame();
  };
  const endLifetime = () => {
    for (const cb of [...endListeners]) cb();
  };
  return { scheduler, runFrames, endLifetime, pendingFrames: () => frames.length };
}

/** MutationObserver callbacks run as microtasks. */
const mutationsDelivered = () => new Promise((done) => setTimeout(done, 0));

/** The watch is told which (normalised) text matters: here, text naming one label. */
const keys = (text: string) => text.includes('回線の解約');

beforeEach(() => {
  document.body.innerHTML = '<main></main>';
});
afterEach(() => {
  vi.useRealTimers();
});

describe('watchForLabels', () => {
  it('searches once per frame, only after relevant content was added, and stops when found', async () => {
    const { scheduler, runFrames, pendingFrames } = manualScheduler();
    const search = vi.fn(() => true);
    watchForLabels(document.body, keys, search, scheduler);
    const main = document.querySelector('main') as HTMLElement;

    main.append(Object.assign(document.createElement('p'), { textContent: '料金のお知らせ' }));
    main.append(Object.assign(document.createElement('p'), { textContent: 'データ量' }));
    await mutationsDelivered();
    expect(pendingFrames()).toBe(1); // two mutations, one frame
    runFrames();
    expect(search).not.toHaveBeenCalled(); // nothing that mentions a label

    main.insertAdjacentHTML('beforeend', '<nav><a href="/c">回線 の 解約</a></nav>');
    await mutationsDelivered();
    runFrames();
    expect(search).toHaveBeenCalledTimes(1);

    main.insertAdjacentHTML('beforeend', '<a href="/d">回線の解約</a>');
    await mutationsDelivered();
    expect(pendingFrames()).toBe(0); // stopped: the observer no longer queues anything
  });

  it('notices labels that only an attribute carries (an icon button’s aria-label)', async () => {
    const { scheduler, runFrames } = manualScheduler();
    const search = vi.fn(() => true);
    watchForLabels(document.body, keys, search, scheduler);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div><button aria-label="回線の解約"><svg></svg></button></div>',
    );
    await mutationsDelivered();
    runFrames();
    expect(search).toHaveBeenCalledTimes(1);
  });

  it('keeps watching while the search fails, and gives up after a quiet period', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { scheduler, runFrames, pendingFrames } = manualScheduler();
    const search = vi.fn(() => false);
    watchForLabels(document.body, keys, search, scheduler, 1000);
    document.body.insertAdjacentHTML('beforeend', '<p>回線の解約について</p>');
    await vi.waitFor(() => expect(pendingFrames()).toBe(1));
    runFrames();
    expect(search).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1001);
    document.body.insertAdjacentHTML('beforeend', '<a href="/c">回線の解約</a>');
    await Promise.resolve();
    expect(pendingFrames()).toBe(0);
  });

  it('stops when the extension context goes away', async () => {
    const { scheduler, pendingFrames, endLifetime } = manualScheduler();
    const stop = watchForLabels(document.body, keys, () => false, scheduler);
    endLifetime();
    document.body.insertAdjacentHTML('beforeend', '<a href="/c">回線の解約</a>');
    await mutationsDelivered();
    expect(pendingFrames()).toBe(0);
    stop(); // stopping twice is harmless
  });
});
