import { browser } from 'wxt/browser';
import type { Message, MessageType, PopupState } from './messages';

/**
 * Messages that do the same when they arrive twice, so a send that failed can be repeated: a toggle carries
 * the done value it sets, a note the whole text, a restore or forget names an entry that is gone once done.
 * Not here: creating a plan (a second one would be made), a reset (a second would overwrite what "Undo"
 * restores) and an import that replaces the data.
 */
const REPEATABLE: ReadonlySet<MessageType> = new Set<MessageType>([
  'state/get',
  'plan/select',
  'plan/toggle',
  'plan/note',
  'plan/undo-reset',
  'plan/delete',
  'plan/dates',
  'settings/lang',
  'settings/reminders',
  'site/untrust',
  'problems/seen',
  'data/export',
  'quarantine/raw',
  'quarantine/restore',
  'quarantine/forget',
]);

/** Waits before each repeat: the browser restarts a stopped service worker on the next message. */
const RETRY_DELAYS_MS = [200, 600, 1500];

let queue: Promise<unknown> = Promise.resolve();

async function deliver(message: Message): Promise<PopupState> {
  for (let attempt = 0; ; attempt++) {
    try {
      // Every message is answered with a value. The polyfill resolves with nothing when the service worker
      // was stopped before it answered, so the change may not have been made: that is a failure too.
      const answer = (await browser.runtime.sendMessage(message)) as PopupState | undefined;
      if (answer === undefined) throw new Error('the background stopped before it answered');
      return answer;
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !REPEATABLE.has(message.type)) throw error;
      await new Promise((done) => setTimeout(done, delay));
    }
  }
}

/**
 * Sends a typed message to the background and returns the state it answers with. Messages go one at a time,
 * in the order the user made them, so a repeated send can never re-apply an older change over a newer one
 * (ticking, then unticking, must end unticked).
 */
export function send(message: Message): Promise<PopupState> {
  const answer = queue.then(() => deliver(message));
  queue = answer.catch(() => undefined);
  return answer;
}
