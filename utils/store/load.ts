/**
 * Turns whatever is in storage into a valid current state. Older versions are migrated; a value that is
 * corrupted or from an unknown (e.g. newer) version is returned in `setAside` so the caller can keep it in
 * quarantine and tell the user; a clean default takes its place. Pure: no storage access here.
 */
import * as v from 'valibot';
import {
  DEFAULT_PLANS,
  DEFAULT_SETTINGS,
  PLANS_VERSION,
  type Plan,
  PlanSchema,
  type PlansState,
  PlansV1Schema,
  SETTINGS_VERSION,
  type Settings,
  SettingsSchema,
} from './schema';

export interface SetAside {
  reason: string;
  raw: unknown;
  /**
   * The value looks like a newer version's: it was read, but had fields this version does not know, or it
   * carries a higher version number.
   */
  newer?: true;
}

export interface Loaded<T> {
  value: T;
  setAside: SetAside[];
}

/** Any stored value in a sentence: `String()` throws on objects such as `{"toString": false}`. */
function show(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

function versionOf(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
}

/** JSON with every object's keys sorted: equal for two values exactly when nothing was left out or changed. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * Schemas keep only the fields they know (a newer version's, or a damaged value's extra fields, or keys such as
 * `__proto__`). When that left anything out, the value as it was is set aside, so nothing is silently lost.
 */
const LEFT_OUT = 'fields this version does not know were left out; the value as stored is kept here';

/** `{ newer: true }` when a value's version number is above the one this version reads. */
function newerThan(current: number, version: unknown): Pick<SetAside, 'newer'> {
  return typeof version === 'number' && version > current ? { newer: true } : {};
}

function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  return issue ? `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}` : 'invalid';
}

export function migratePlansV1(old: v.InferOutput<typeof PlansV1Schema>): PlansState {
  return {
    version: PLANS_VERSION,
    activeId: old.active,
    plans: old.plans.map((p) => ({
      id: p.id,
      brand: p.carrier,
      card: p.card,
      goal: p.goal,
      createdAt: p.created,
      steps: Object.fromEntries(p.done.map((id) => [id, { done: true }])),
    })),
  };
}

/** Every migration from version N to N+1, applied in order until the current version; `lost` as in LEFT_OUT. */
const PLAN_MIGRATIONS = new Map<unknown, (raw: unknown) => { value: unknown; lost: boolean }>([
  [
    1,
    (raw) => {
      const old = v.parse(PlansV1Schema, raw);
      return { value: migratePlansV1(old), lost: canonical(old) !== canonical(raw) };
    },
  ],
]);

const PLANS_STATE_KEYS = new Set(['version', 'plans', 'activeId']);

export function loadPlans(raw: unknown): Loaded<PlansState> {
  if (raw === undefined || raw === null) return { value: DEFAULT_PLANS, setAside: [] };
  let current: unknown = raw;
  let version = versionOf(current);
  const setAside: SetAside[] = [];
  try {
    for (let migrate = PLAN_MIGRATIONS.get(version); migrate; migrate = PLAN_MIGRATIONS.get(version)) {
      const step = migrate(current);
      if (step.lost) setAside.push({ reason: `version ${version}: ${LEFT_OUT}`, raw: current, newer: true });
      current = step.value;
      version = versionOf(current);
    }
  } catch (error) {
    return {
      value: DEFAULT_PLANS,
      setAside: [
        {
          reason: `migration from version ${show(version)} failed: ${error instanceof Error ? error.message : show(error)}`,
          raw,
        },
      ],
    };
  }
  if (version !== PLANS_VERSION || !Array.isArray((current as { plans?: unknown }).plans)) {
    const reason = `unknown plans format (version ${show(version)})`;
    return { value: DEFAULT_PLANS, setAside: [{ reason, raw, ...newerThan(PLANS_VERSION, version) }] };
  }
  const extra = Object.entries(current as object).filter(([key]) => !PLANS_STATE_KEYS.has(key));
  if (extra.length > 0) {
    setAside.push({ reason: `plans list: ${LEFT_OUT}`, raw: Object.fromEntries(extra), newer: true });
  }
  // Salvage plan by plan: one damaged checklist must not cost the user the others.
  const plans: Plan[] = [];
  for (const candidate of (current as { plans: unknown[] }).plans) {
    const result = v.safeParse(PlanSchema, candidate);
    if (result.success && !plans.some((p) => p.id === result.output.id)) {
      plans.push(result.output);
      if (canonical(result.output) !== canonical(candidate)) {
        setAside.push({ reason: LEFT_OUT, raw: candidate, newer: true });
      }
    } else
      setAside.push({
        reason: result.success ? 'duplicate plan id' : firstIssue(result.issues),
        raw: candidate,
      });
  }
  const activeId = (current as { activeId?: unknown }).activeId;
  return {
    value: {
      version: PLANS_VERSION,
      plans,
      activeId: plans.some((p) => p.id === activeId) ? (activeId as string) : (plans[0]?.id ?? null),
    },
    setAside,
  };
}

export function loadSettings(raw: unknown): Loaded<Settings> {
  if (raw === undefined || raw === null) return { value: DEFAULT_SETTINGS, setAside: [] };
  const version = versionOf(raw);
  if (typeof version === 'number' && version > SETTINGS_VERSION) {
    const reason = `unknown settings format (version ${version})`;
    return { value: DEFAULT_SETTINGS, setAside: [{ reason, raw, newer: true }] };
  }
  const result = v.safeParse(SettingsSchema, raw);
  if (result.success) {
    const lost = canonical(result.output) !== canonical(raw);
    return { value: result.output, setAside: lost ? [{ reason: LEFT_OUT, raw, newer: true }] : [] };
  }
  return { value: DEFAULT_SETTINGS, setAside: [{ reason: firstIssue(result.issues), raw }] };
}
