/**
 * How long a content script's work on a page may go on (the scam guard's, the assistant's): until the extension
 * that started it is gone (updated, disabled, removed). Listeners added through it are removed then, and every
 * timer or frame callback first checks that the extension is still there, so an orphaned copy does nothing.
 *
 * Not WXT's ContentScriptContext: WXT ends a content script when the page's document receives an event named
 * after the extension's id ("a newer copy of this script started") and announces address changes with another
 * such event. A published extension's id is public, so any page could stop the guard or the hints, or make them
 * start over in a loop. Nothing a page does ends this lifetime.
 */
export class Lifetime {
  private readonly controller = new AbortController();

  /** `extensionPresent`: whether the extension that injected this script is still installed and enabled. */
  constructor(private readonly extensionPresent: () => boolean) {}

  /** False once the extension is gone; the first caller to notice ends the lifetime. */
  get alive(): boolean {
    if (!this.controller.signal.aborted && !this.extensionPresent()) this.controller.abort();
    return !this.controller.signal.aborted;
  }

  onEnd(callback: () => void): () => void {
    const { signal } = this.controller;
    signal.addEventListener('abort', callback);
    return () => signal.removeEventListener('abort', callback);
  }

  /** `handler` runs only while the extension is there; the listener goes when the lifetime ends. */
  listen<E extends Event>(
    target: EventTarget,
    type: string,
    handler: (event: E) => void,
    options: AddEventListenerOptions = {},
  ): void {
    target.addEventListener(type, (event) => this.alive && handler(event as E), {
      ...options,
      signal: this.controller.signal,
    });
  }

  setTimeout(callback: () => void, ms: number): number {
    return window.setTimeout(() => this.alive && callback(), ms);
  }

  requestAnimationFrame(callback: () => void): number {
    return window.requestAnimationFrame(() => this.alive && callback());
  }
}
