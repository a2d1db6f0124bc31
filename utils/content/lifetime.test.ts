import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchAddress } from './address';
import { Lifetime } from './lifetime';

afterEach(() => {
  vi.useRealTimers();
  history.replaceState(null, '', '/');
});

describe('Lifetime', () => {
  it('runs listeners and timers while the extension is there, and nothing once it is gone', () => {
    vi.useFakeTimers();
    let present = true;
    const lifetime = new Lifetime(() => present);
    const heard = vi.fn();
    const timer = vi.fn();
    const ended = vi.fn();
    lifetime.onEnd(ended);
    lifetime.listen(document, 'keydown', heard);
    document.dispatchEvent(new KeyboardEvent('keydown'));
    expect(heard).toHaveBeenCalledTimes(1);

    lifetime.setTimeout(timer, 10);
    present = false; // the extension was updated or disabled meanwhile
    vi.advanceTimersByTime(10);
    expect(timer).not.toHaveBeenCalled();
    expect(ended).toHaveBeenCalledTimes(1);
    expect(lifetime.alive).toBe(false);

    document.dispatchEvent(new KeyboardEvent('keydown'));
    expect(heard).toHaveBeenCalledTimes(1); // the listener went with the lifetime
  });

  it('is not ended by anything the page sends, such as WXT’s “a newer script started” event', () => {
    const lifetime = new Lifetime(() => true);
    const ended = vi.fn();
    lifetime.onEnd(ended);
    for (const name of ['id:assistant:wxt:content-script-started', 'id:assistant:wxt:locationchange']) {
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'assistant' } }));
      window.dispatchEvent(new Event(name));
    }
    expect(lifetime.alive).toBe(true);
    expect(ended).not.toHaveBeenCalled();
  });
});

describe('watchAddress', () => {
  it('reports each real change of address once, not events alone', () => {
    vi.useFakeTimers();
    const changed = vi.fn();
    watchAddress(new Lifetime(() => true), changed);
    window.dispatchEvent(new PopStateEvent('popstate')); // no new address: nothing to report
    vi.advanceTimersByTime(3000);
    expect(changed).not.toHaveBeenCalled();
    history.pushState(null, '', '/spa/contract');
    vi.advanceTimersByTime(3000);
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
