/**
 * The shape of every carrier fact. Types are derived from these schemas so the compiler and the runtime check
 * (run in tests and by `npm run data:report`) can never disagree.
 */
import * as v from 'valibot';
import { INTENT_IDS } from './intents';
import { CARD_TYPES, type Confidence, GOALS, PHASES, SOURCE_KINDS } from './vocabulary';

export * from './vocabulary';

/** A user-visible sentence in all three languages; a missing language is a type error and a test failure. */
export const TextSchema = v.strictObject({
  'zh-CN': v.pipe(v.string(), v.minLength(1)),
  ja: v.pipe(v.string(), v.minLength(1)),
  en: v.pipe(v.string(), v.minLength(1)),
});
export type Text = v.InferOutput<typeof TextSchema>;

const IsoDate = v.pipe(v.string(), v.isoDate());
const HttpsUrl = v.pipe(v.string(), v.url(), v.startsWith('http'));

/**
 * One source of a fact. A plain URL is the usual form: its kind comes from the publisher table
 * (data/publishers.ts) or, for the carriers' own domains, from the brands. The object form is for a source
 * that needs its own `date` (when it was published or last updated, as the page says) or a `kind` other than
 * its publisher's (a carrier page quoted on a news site stays `press`).
 */
export const SourceSchema = v.union([
  HttpsUrl,
  v.strictObject({
    url: HttpsUrl,
    kind: v.optional(v.picklist(SOURCE_KINDS)),
    date: v.optional(IsoDate),
  }),
]);
export type Source = v.InferOutput<typeof SourceSchema>;

/**
 * Where a fact comes from and when a person last compared it with its sources. There is no confidence here:
 * data/sources.ts derives it from the sources' kinds, so it cannot be typed by hand. `against` lists sources
 * that say otherwise, which the fact's text must mention; they lower the confidence unless an official page
 * settles the question.
 */
export const SourcedSchema = v.object({
  source: v.pipe(v.array(SourceSchema), v.minLength(1)),
  against: v.optional(v.pipe(v.array(SourceSchema), v.minLength(1))),
  checked: IsoDate,
});
export type SourcedInput = v.InferOutput<typeof SourcedSchema>;
export type { Confidence };

/**
 * A value of the data with every fact given the confidence its sources earn (data/sources.ts `rate`). The
 * brand files are written as inputs (`BrandInput`); the rest of the extension reads the rated form.
 */
export type Rated<T> = T extends readonly (infer U)[]
  ? Rated<U>[]
  : T extends string
    ? T
    : T extends { source: readonly Source[] }
      ? { [K in keyof T]: K extends 'source' | 'against' ? T[K] : Rated<T[K]> } & { confidence: Confidence }
      : T extends object
        ? { [K in keyof T]: Rated<T[K]> }
        : T;
export type Sourced = Rated<SourcedInput>;

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/));
const Hostname = v.pipe(v.string(), v.regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/));

export const DomainSchema = v.object({
  ...SourcedSchema.entries,
  /** Registrable domain; every subdomain of it is official. */
  domain: Hostname,
});

/**
 * A path segment of a host's own sign-in page, distinctive enough that finding it on another host means a copied
 * sign-in kit (`anidlogin` of cfg.smt.docomo.ne.jp/auth/cgi/anidlogin). `url` is the official address it was
 * seen in; data/brands.test.ts checks that it is on this host and contains the mark as a whole segment.
 */
export const SignInPathSchema = v.object({
  ...SourcedSchema.entries,
  mark: v.pipe(v.string(), v.regex(/^[a-z0-9_.-]{6,}$/)),
  url: HttpsUrl,
});

export const HostSchema = v.object({
  ...SourcedSchema.entries,
  host: Hostname,
  role: v.picklist(['brand', 'portal', 'login', 'billing', 'support', 'legacy']),
  /** True when the user types a password, PIN or card number here: the hosts a phishing page imitates. */
  login: v.boolean(),
  signInPaths: v.optional(v.array(SignInPathSchema)),
});
export type HostInput = v.InferOutput<typeof HostSchema>;
export type Host = Rated<HostInput>;

export const PhoneSchema = v.variant('kind', [
  v.object({
    kind: v.literal('number'),
    /** E.164, e.g. +81120800000. */
    e164: v.pipe(v.string(), v.regex(/^\+81\d{8,11}$/)),
    /** As the carrier prints it, e.g. 0120-800-000. */
    display: v.pipe(v.string(), v.regex(/^0\d[\d-]+$/)),
  }),
  v.object({
    kind: v.literal('short-code'),
    /** Dialled as is from the carrier's own phones, e.g. 151 or *5533. */
    display: v.pipe(v.string(), v.regex(/^[*#]?\d{3,4}$/)),
  }),
]);
export type Phone = v.InferOutput<typeof PhoneSchema>;

export const ContactSchema = v.object({
  ...SourcedSchema.entries,
  id: Id,
  purpose: v.picklist([
    'enquiries',
    'mnp',
    'lost',
    'foreign-language',
    'overseas',
    'corporate',
    'points',
    'billing',
  ]),
  name: TextSchema,
  /** Who can dial it: from the carrier's own phones, from other phones, or anyone. */
  from: v.picklist(['own', 'other', 'any']),
  phone: v.optional(PhoneSchema),
  /**
   * A number that only guides or blogs give and no official or news page we read states. The popup shows it as
   * unconfirmed beside the carrier's own page (`url`), never as a number to call; the scam guard does not call
   * it unofficial either, since it may well be real. A contact has `phone` or `reportedPhone`, not both.
   */
  reportedPhone: v.optional(PhoneSchema),
  url: v.optional(HttpsUrl),
  hours: v.optional(TextSchema),
  note: v.optional(TextSchema),
});
export type ContactInput = v.InferOutput<typeof ContactSchema>;
export type Contact = Rated<ContactInput>;

export const ChannelSchema = v.object({
  ...SourcedSchema.entries,
  /** `unknown`: the sources cannot settle it (they disagree, or none says); the note says what they do say. */
  available: v.picklist(['yes', 'no', 'limited', 'unknown']),
  note: TextSchema,
  url: v.optional(HttpsUrl),
});
export type ChannelInput = v.InferOutput<typeof ChannelSchema>;
export type Channel = Rated<ChannelInput>;

export const LinkSchema = v.object({ url: HttpsUrl, label: TextSchema });
export type Link = v.InferOutput<typeof LinkSchema>;

/** Decides when a step applies; an omitted list means "any". */
export const ConditionSchema = v.object({
  goals: v.optional(v.array(v.picklist(GOALS))),
  cards: v.optional(v.array(v.picklist(CARD_TYPES))),
});
export type Condition = v.InferOutput<typeof ConditionSchema>;

// ── Departure-date planning (issue 8): when a step is due, relative to the plan's dates ─────────────────────

const Days = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(366));
/** `HH:MM` Japan time: requests after it are processed the next day, so the day's deadline ends there. */
const Cutoff = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/**
 * A deadline rule, computed by utils/planner/timing.ts from the day the line should end by ("end") and the day
 * the MNP reservation number was issued. Its numbers come from the step's own sourced text, never from guesses.
 */
export const TimingRuleSchema = v.variant('kind', [
  /** By `days` days before the end day; 0 means by the end day itself. */
  v.object({ kind: v.literal('before-end'), days: Days, cutoff: v.optional(Cutoff) }),
  /** By the last day of the month the line ends in: the final month is billed in full either way. */
  v.object({ kind: v.literal('month-end'), cutoff: v.optional(Cutoff) }),
  /**
   * Within `days` days after the line ends; `countEndDay` counts the end day itself as day 1. Where the sources
   * do not say, it is counted: that gives the earlier date, so the planner is never late.
   */
  v.object({ kind: v.literal('after-end-within'), days: Days, countEndDay: v.boolean() }),
  /** Within `days` days of issuing the MNP reservation number; `countIssueDay` counts the issue day as day 1. */
  v.object({ kind: v.literal('after-mnp-issued-within'), days: Days, countIssueDay: v.boolean() }),
]);
export type TimingRule = v.InferOutput<typeof TimingRuleSchema>;

export const StepSchema = v.object({
  ...SourcedSchema.entries,
  id: Id,
  phase: v.picklist(PHASES),
  when: v.optional(ConditionSchema),
  title: TextSchema,
  body: TextSchema,
  /** Marks a step whose neglect costs money or the number. */
  important: v.optional(v.boolean()),
  links: v.optional(v.array(LinkSchema)),
  /** Ids of the brand's contacts to show with this step. */
  contacts: v.optional(v.array(Id)),
  /** A brand step that takes the place of the common step with this id. */
  replaces: v.optional(Id),
  /**
   * Deadlines for the parts of the step (e.g. change the address before the line ends, ask to keep it within 31
   * days after). The planner shows the next one not yet passed.
   */
  timing: v.optional(v.pipe(v.array(TimingRuleSchema), v.minLength(1))),
});
export type StepInput = v.InferOutput<typeof StepSchema>;
export type Step = Rated<StepInput>;

export const GoalInfoSchema = v.object({
  ...SourcedSchema.entries,
  /** Whether the brand offers this goal at all (e.g. number keeping); `note` says why not when it does not. */
  available: v.boolean(),
  note: v.optional(TextSchema),
  /** How the goal can be reached; a channel left out is one we have no sourced fact about. */
  channels: v.partial(
    v.strictObject({ online: ChannelSchema, phone: ChannelSchema, shop: ChannelSchema, post: ChannelSchema }),
  ),
});
export type GoalInfoInput = v.InferOutput<typeof GoalInfoSchema>;
export type GoalInfo = Rated<GoalInfoInput>;

/** A statement the carrier publishes about what it never does (useful to the scam guard and to users). */
export const NeverSchema = v.object({ ...SourcedSchema.entries, text: TextSchema });

// ── In-page assistant (issue 4): how the carrier's own site is recognised and walked ────────────────────────

/** Kinds a page rule can recognise; a page no rule recognises is 'other'. */
export const RECOGNISED_KINDS = ['login', 'account-top', 'procedures', 'flow', 'complete'] as const;
export const PAGE_KINDS = [...RECOGNISED_KINDS, 'other'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/**
 * `host/path` with `*` for any run of characters, e.g. `www.docomo.ne.jp/mydocomo/*`. Matched against the
 * page's host and path only (no scheme, no query), so tracking parameters never change what a page is.
 */
const UrlGlob = v.pipe(v.string(), v.regex(/^[a-z0-9.-]+\.[a-z]{2,}\/[^\s?#]*$/));
const Phrase = v.pipe(v.string(), v.minLength(2));

/**
 * One way to recognise a kind of page: its URL matches one of `urls`, or its text contains one of `phrases`;
 * when both are given, both must hold. Words rather than CSS selectors, so a redesign with the same words
 * still works.
 */
export const PageRuleSchema = v.pipe(
  v.object({
    ...SourcedSchema.entries,
    kind: v.picklist(RECOGNISED_KINDS),
    urls: v.optional(v.pipe(v.array(UrlGlob), v.minLength(1))),
    phrases: v.optional(v.pipe(v.array(Phrase), v.minLength(1))),
  }),
  v.check((rule) => !!(rule.urls || rule.phrases), 'a page rule needs urls or phrases'),
);
export type PageRuleInput = v.InferOutput<typeof PageRuleSchema>;
export type PageRule = Rated<PageRuleInput>;

/**
 * One thing to click on the way, as the carrier labels it. A step without a sourced `label` is found by its
 * intent alone (data/intents.ts), and the hint then says it is probably the way, not confirmed.
 */
export const MenuStepSchema = v.object({
  ...SourcedSchema.entries,
  id: Id,
  /** What the step is for; the assistant recognises other wordings of it by this (data/intents.ts). */
  intent: v.picklist(INTENT_IDS),
  /** `ja` is the label exactly as the site prints it; `zh-CN` and `en` translate it. */
  label: v.optional(TextSchema),
  /**
   * Other wordings the sources give for the same item. Width, spaces and ・／/ need no variant: matching
   * normalises them (utils/assistant/normalise.ts).
   */
  variants: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
  /** What clicking it does. */
  click: TextSchema,
  warning: v.optional(TextSchema),
});
export type MenuStepInput = v.InferOutput<typeof MenuStepSchema>;
export type MenuStep = Rated<MenuStepInput>;

/** A sourced remark shown on pages of the given kinds when there is nothing to point at. */
export const PageNoteSchema = v.object({
  ...SourcedSchema.entries,
  on: v.pipe(v.array(v.picklist(PAGE_KINDS)), v.minLength(1)),
  text: TextSchema,
});
export type PageNoteInput = v.InferOutput<typeof PageNoteSchema>;
export type PageNote = Rated<PageNoteInput>;

/** The way to one goal on the carrier's site. */
export const PortalPathSchema = v.object({
  /**
   * The checklist step the completion page confirms, so the user can tick it there; absent when the goal is
   * not finished on this site.
   */
  completes: v.optional(Id),
  /** Menu items in the order they are clicked; empty when the sources name none. */
  steps: v.array(MenuStepSchema),
  notes: v.optional(v.array(PageNoteSchema)),
});
export type PortalPathInput = v.InferOutput<typeof PortalPathSchema>;
export type PortalPath = Rated<PortalPathInput>;

export const PortalSchema = v.object({
  /** The exact hosts the assistant runs on; each must also be listed, with its source, in the brand's hosts. */
  hosts: v.pipe(v.array(Hostname), v.minLength(1)),
  /** Pages where the assistant never acts (FAQ, news): a 解約 there is an article, not the way to cancel. */
  ignore: v.optional(v.array(UrlGlob)),
  pages: v.array(PageRuleSchema),
  paths: v.partial(
    v.strictObject({ cancel: PortalPathSchema, mnp: PortalPathSchema, keep: PortalPathSchema }),
  ),
});
export type PortalInput = v.InferOutput<typeof PortalSchema>;
export type Portal = Rated<PortalInput>;

export const BrandSchema = v.object({
  id: Id,
  /** Brands of one company may share hosts (docomo and ahamo, au and UQ mobile). */
  company: Id,
  /** The brand a sub-brand belongs to, used to find the plan relevant to a page. */
  parent: v.optional(Id),
  name: TextSchema,
  cards: v.pipe(v.array(v.picklist(CARD_TYPES)), v.minLength(1)),
  /** How the scam guard recognises a page or host that claims to be this brand. */
  identity: v.object({
    /** Lower-case ASCII brand words as they appear in lookalike host names ("docomo", "mydocomo"). */
    hostTokens: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9]{2,}$/))), v.minLength(1)),
    /** Words on a page that claim the brand: names, account and payment products ("ドコモ", "dアカウント"). */
    pageTerms: v.pipe(v.array(v.pipe(v.string(), v.minLength(2))), v.minLength(1)),
  }),
  domains: v.pipe(v.array(DomainSchema), v.minLength(1)),
  hosts: v.pipe(v.array(HostSchema), v.minLength(1)),
  contacts: v.pipe(v.array(ContactSchema), v.minLength(1)),
  goals: v.strictObject({ cancel: GoalInfoSchema, mnp: GoalInfoSchema, keep: GoalInfoSchema }),
  steps: v.array(StepSchema),
  neverDoes: v.optional(v.array(NeverSchema)),
  /** Common steps that do not apply to this brand at all. */
  omit: v.optional(v.array(Id)),
  /** What the in-page assistant needs on the brand's own site. */
  portal: v.optional(PortalSchema),
});
export type BrandInput = v.InferOutput<typeof BrandSchema>;
export type Brand = Rated<BrandInput>;
