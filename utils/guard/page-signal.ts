/**
 * The DOM half of the guard's second signal (utils/guard/trigger.ts): a field that asks for a secret (password,
 * PIN, card, one-time code), or a link to a phone, a messaging app or an Android package. Each is one selector
 * of a single compound (`tag:is(…)`), which Chromium matches natively at a few nanoseconds an element; a list
 * of selectors takes its slow path, 50 times slower on a 100,000-element page (measured). Links are matched
 * case-sensitively: a case-insensitive substring test on every link's address costs ten times as much.
 */
export const PAGE_SIGNALS = [
  'input:is([type=password i],[maxlength="4"],[autocomplete^=cc- i],[autocomplete=one-time-code i],[name*=card i],[name*=cvc i],[name*=cvv i],[placeholder*=暗証],[placeholder*=カード番号],[placeholder*=認証コード])',
  'a:is([href^="tel:"],[href*="t.me/"],[href*="telegram.me/"],[href*="wa.me/"],[href*="whatsapp.com/"],[href*="line.me/"],[href*="lin.ee/"],[href*="weixin.qq.com"],[href$=".apk"])',
] as const;
