import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { Message } from './messages';
import { REFUSED } from './refused';
import { send } from './send';

const toggle = (done: boolean): Message => ({ type: 'plan/toggle', planId: 'p1', stepId: 's1', done });
const answer = { plans: [] };

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Answers each message with `outcomes`' next entry: a value, or an Error to reject with. */
function backgroundAnswering(...outcomes: unknown[]) {
  const received: Message[] = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    received.push(message as Message);
    const outcome = outcomes.shift();
    if (outcome instanceof Error) throw outcome;
    return outcome;
  });
  return received;
}

describe('send', () => {
  it('repeats an idempotent message whose send failed or went unanswered (a stopped service worker)', async () => {
    const received = backgroundAnswering(new Error('Could not establish connection'), undefined, answer);
    const sent = send(toggle(true));
    await vi.runAllTimersAsync();
    await expect(sent).resolves.toBe(answer);
    expect(received).toEqual([toggle(true), toggle(true), toggle(true)]);
  });

  it('gives up after a few tries, and lets the caller say so', async () => {
    const received = backgroundAnswering(...Array.from({ length: 9 }, () => new Error('gone')));
    const sent = send(toggle(true));
    const settled = expect(sent).rejects.toThrow('gone');
    await vi.runAllTimersAsync();
    await settled;
    expect(received).toHaveLength(4);
  });

  it('never repeats a message that would act twice', async () => {
    const received = backgroundAnswering(undefined, answer);
    const sent = send({ type: 'plan/create', brand: 'au', card: 'esim', goal: 'mnp' });
    const settled = expect(sent).rejects.toThrow();
    await vi.runAllTimersAsync();
    await settled;
    expect(received).toHaveLength(1);
  });

  it('does not repeat what the background refused', async () => {
    const received = backgroundAnswering(new Error(`${REFUSED}no such entry`), answer);
    const sent = send({ type: 'quarantine/forget', id: 'gone' });
    const settled = expect(sent).rejects.toThrow('no such entry');
    await vi.runAllTimersAsync();
    await settled;
    expect(received).toHaveLength(1);
  });

  it('counts an answer that never comes as lost, so later changes are not held up', async () => {
    const received: Message[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
      received.push(message as Message);
      return received.length === 1 ? new Promise(() => undefined) : Promise.resolve(answer);
    });
    const stuck = send(toggle(true));
    const next = send(toggle(false));
    await vi.runAllTimersAsync();
    await expect(stuck).resolves.toBe(answer); // its repeat was answered
    await expect(next).resolves.toBe(answer);
    expect(received).toEqual([toggle(true), toggle(true), toggle(false)]);
  });

  it('sends one message at a time, in order, so a repeat cannot undo a later change', async () => {
    const received = backgroundAnswering(new Error('gone'), answer, answer);
    const first = send(toggle(true));
    const second = send(toggle(false));
    await vi.runAllTimersAsync();
    await Promise.all([first, second]);
    expect(received).toEqual([toggle(true), toggle(true), toggle(false)]);
  });
});
