/**
 * The background half of the scam guard: turns a tab's page facts into a verdict (whether to look at the page's
 * facts at all: trigger.ts; the banner's words: banner.ts). The URL always comes from the browser (the message
 * sender), never from the page.
 */
import { hostOf } from '../scam/host';
import { assessPage } from '../scam/page';
import type { PageFacts, Verdict } from '../scam/types';

export type GuardVerdict = Verdict & { host: string };

/** trigger.ts reads the host from here too. */
export { hostOf };

export function checkPage(url: string, facts: PageFacts): GuardVerdict {
  return { ...assessPage(url, facts), host: hostOf(url) };
}
