/**
 * Deadline reminders: alarms scheduled from the stored plans (utils/planner/reminders.ts decides which), a
 * notification when one fires, and the plan opened when the notification is clicked.
 *
 * Alarms are re-derived from storage whenever plans or settings change and when the browser starts, clearing
 * ours and creating the wanted set. Alarm names are unique per plan and day, so however often this runs,
 * nothing is duplicated, and what a notification says is computed when it fires, from the state at that time.
 */
import { browser } from 'wxt/browser';
import type { Brand } from '../../data/schema';
import { readLangEnv, resolveLang } from '../language';
import {
  type Alarm,
  isReminderAlarm,
  parseAlarmName,
  reminderAlarms,
  reminderNotice,
} from '../planner/reminders';
import { STORAGE_KEYS } from '../store/schema';
import type { Store } from './store';

/** Makes our alarms exactly `wanted`, leaving any other alarm alone. */
export async function syncAlarms(wanted: readonly Alarm[]): Promise<void> {
  const existing = await browser.alarms.getAll();
  await Promise.all(existing.filter((a) => isReminderAlarm(a.name)).map((a) => browser.alarms.clear(a.name)));
  for (const alarm of wanted) browser.alarms.create(alarm.name, { when: alarm.when });
}

export async function showReminder(store: Store, brands: readonly Brand[], name: string): Promise<void> {
  const state = await store.read();
  const lang = resolveLang(state.settings.lang, await readLangEnv());
  const notice = reminderNotice(state.plans, brands, name, lang);
  // Switched off since the alarm was set, or everything it was about is ticked: stay quiet.
  if (state.settings.reminders === false || !notice) return;
  await browser.notifications.create(name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: notice.title,
    message: notice.message,
  });
}

/** Opens the popup page in a tab on the plan the notification is about. */
export async function openReminder(name: string): Promise<void> {
  const parsed = parseAlarmName(name);
  if (!parsed) return;
  await browser.notifications.clear(name);
  await browser.tabs.create({
    url: `${browser.runtime.getURL('/popup.html')}?plan=${encodeURIComponent(parsed.planId)}`,
  });
}

export function startReminders(store: Store, brands: readonly Brand[]): void {
  let queue: Promise<void> = Promise.resolve();
  // One re-scheduling at a time, so two quick changes cannot interleave their clear and create steps.
  const reschedule = () => {
    const run = async () => {
      const state = await store.read();
      await syncAlarms(reminderAlarms(state.plans, state.settings, brands, Date.now()));
    };
    queue = queue.then(run).catch((error: unknown) => console.warn('Kaiyaku Guard: reminders', error));
  };
  browser.runtime.onInstalled.addListener(reschedule);
  browser.runtime.onStartup.addListener(reschedule);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (STORAGE_KEYS.plans in changes || STORAGE_KEYS.settings in changes)) reschedule();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (isReminderAlarm(alarm.name)) void showReminder(store, brands, alarm.name);
  });
  browser.notifications.onClicked.addListener((id) => void openReminder(id));
}
