import { browser } from 'wxt/browser';
import type { Message, MessageType, PopupState } from './messages';
import { REFUSED } from './refused';

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
  'settings/hints',
  'problems/seen',
  'data/export',
  'quarantine/raw',
  'quarantine/restore',
  'quarantine/forget',
]);

/** Waits before each repeat: the browser restarts a stopped service worker on the next message. */
const RETRY_DELAYS_MS = [200, 600, 1500];
/** An answer later than this counts as lost, so one stuck send cannot hold up every change after it. */
const ANSWER_TIMEOUT_MS = 10_000;

let queue: Promise<unknown> = Promise.resolve();

function answerOf(message: Message): Promise<PopupState | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer from the background')), ANSWER_TIMEOUT_MS);
  });
  const answer = browser.runtime.sendMessage(message) as Promise<PopupState | undefined>;
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

async function deliver(message: Message): Promise<PopupState> {
  for (let attempt = 0; ; attempt++) {
    try {
      // Every message is answered with a value. The polyfill resolves with nothing when the service worker
      // was stopped before it answered, so the change may not have been made: that is a failure too.
      const answer = await answerOf(message);
      if (answer === undefined) throw new Error('the background stopped before it answered');
      return answer;
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      // A refusal would be refused again; only a lost message or answer is worth another try.
      const refused = error instanceof Error && error.message.startsWith(REFUSED);
      if (delay === undefined || refused || !REPEATABLE.has(message.type)) throw error;
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
