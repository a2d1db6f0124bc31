/**
 * The DOM facts a content script may send, with hard bounds: a message from a hostile page's tab cannot make
 * the background do unbounded work.
 */
import * as v from 'valibot';

const Str = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Host = v.nullable(Str(253));

export const DomFactsSchema = v.object({
  title: Str(1_000),
  siteName: Str(1_000),
  visibleText: Str(120_000),
  altTexts: v.pipe(v.array(Str(1_000)), v.maxLength(200)),
  forms: v.pipe(
    v.array(
      v.object({
        actionHost: Host,
        password: v.boolean(),
        pin: v.boolean(),
        card: v.boolean(),
        cvc: v.boolean(),
        smsCode: v.boolean(),
        myNumber: v.boolean(),
        text: Str(5_000),
      }),
    ),
    v.maxLength(100),
  ),
  messaging: v.pipe(v.array(Str(300)), v.maxLength(50)),
  links: v.object({ total: v.number(), external: v.number() }),
  apkLinks: v.number(),
});
