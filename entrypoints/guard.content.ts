import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { BRANDS } from '../data/brands';
import type { Message } from '../utils/messages';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    const host = location.hostname.toLowerCase();
    const brand = BRANDS.find((b) =>
      b.domains.some((d) => host === d.domain || host.endsWith(`.${d.domain}`)),
    );
    const report: Message = { type: 'page/report', brand: brand?.id ?? null };
    void browser.runtime.sendMessage(report).catch(() => undefined);
  },
});
