/**
 * The shape of every carrier fact. Types are derived from these schemas so the compiler and the runtime check
 * (run in tests and by `npm run data:report`) can never disagree.
 */
import * as v from 'valibot';

export const LANGS = ['zh-CN', 'ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A user-visible sentence in all three languages; a missing language is a type error and a test failure. */
export const TextSchema = v.strictObject({
  'zh-CN': v.pipe(v.string(), v.minLength(1)),
  ja: v.pipe(v.string(), v.minLength(1)),
  en: v.pipe(v.string(), v.minLength(1)),
});
export type Text = v.InferOutput<typeof TextSchema>;

const IsoDate = v.pipe(v.string(), v.isoDate());
const HttpsUrl = v.pipe(v.string(), v.url(), v.startsWith('http'));

/** Where a fact comes from, how sure we are, and when a person last compared it with its source. */
export const SourcedSchema = v.object({
  source: v.pipe(v.array(HttpsUrl), v.minLength(1)),
  confidence: v.picklist(['high', 'medium', 'low']),
  checked: IsoDate,
});
export type Sourced = v.InferOutput<typeof SourcedSchema>;
export type Confidence = Sourced['confidence'];

export const CARD_TYPES = ['physical', 'esim', 'prepaid', 'corporate'] as const;
export type CardType = (typeof CARD_TYPES)[number];
export const GOALS = ['cancel', 'mnp', 'keep'] as const;
export type Goal = (typeof GOALS)[number];
export const CHANNELS = ['online', 'phone', 'shop', 'post'] as const;
export type ChannelKind = (typeof CHANNELS)[number];

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/));
const Hostname = v.pipe(v.string(), v.regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/));

export const DomainSchema = v.object({
  ...SourcedSchema.entries,
  /** Registrable domain; every subdomain of it is official. */
  domain: Hostname,
});

export const HostSchema = v.object({
  ...SourcedSchema.entries,
  host: Hostname,
  role: v.picklist(['brand', 'portal', 'login', 'billing', 'support', 'legacy']),
  /** True when the user types a password, PIN or card number here: the hosts a phishing page imitates. */
  login: v.boolean(),
});
export type Host = v.InferOutput<typeof HostSchema>;

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
  url: v.optional(HttpsUrl),
  hours: v.optional(TextSchema),
  note: v.optional(TextSchema),
});
export type Contact = v.InferOutput<typeof ContactSchema>;

export const ChannelSchema = v.object({
  ...SourcedSchema.entries,
  available: v.picklist(['yes', 'no', 'limited']),
  note: TextSchema,
  url: v.optional(HttpsUrl),
});
export type Channel = v.InferOutput<typeof ChannelSchema>;

export const LinkSchema = v.object({ url: HttpsUrl, label: TextSchema });
export type Link = v.InferOutput<typeof LinkSchema>;

/** Decides when a step applies; an omitted list means "any". */
export const ConditionSchema = v.object({
  goals: v.optional(v.array(v.picklist(GOALS))),
  cards: v.optional(v.array(v.picklist(CARD_TYPES))),
});
export type Condition = v.InferOutput<typeof ConditionSchema>;

export const PHASES = ['prepare', 'do', 'after'] as const;

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
});
export type Step = v.InferOutput<typeof StepSchema>;

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
export type GoalInfo = v.InferOutput<typeof GoalInfoSchema>;

/** A statement the carrier publishes about what it never does (useful to the scam guard and to users). */
export const NeverSchema = v.object({ ...SourcedSchema.entries, text: TextSchema });

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
});
export type Brand = v.InferOutput<typeof BrandSchema>;
