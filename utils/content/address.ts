/**
 * Notices when a single-page portal moves to another address without loading a new document (history.pushState,
 * back and forward), so the assistant can look at the new screen.
 */
import type { Lifetime } from './lifetime';

/** Without the Navigation API (Firefox before 147), the address is compared this often. */
const POLL_MS = 1000;

/** Calls `onChange` after the address changed; only real changes count, never an event alone. */
export function watchAddress(lifetime: Lifetime, onChange: () => void): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  // `currententrychange` fires after the new address is in place. A page can dispatch a fake one, which is why
  // `check` compares addresses instead of trusting the event.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) lifetime.listen(navigation, 'currententrychange', check);
  else {
    const poll = () => {
      check();
      lifetime.setTimeout(poll, POLL_MS);
    };
    lifetime.setTimeout(poll, POLL_MS);
  }
}
