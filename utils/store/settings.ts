/** Pure edits of the stored settings that more than one sender may ask for. */
import type { Settings } from './schema';

/** Hides the in-page hints on `host`, or shows them again; the host is listed at most once. */
export function setHintsHidden(settings: Settings, host: string, hidden: boolean): Settings {
  const others = settings.hintsHiddenOn.filter((h) => h !== host);
  return { ...settings, hintsHiddenOn: hidden ? [...others, host] : others };
}
