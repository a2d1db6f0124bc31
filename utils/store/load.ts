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
  type Settings,
  SettingsSchema,
} from './schema';

export interface SetAside {
  reason: string;
  raw: unknown;
}

export interface Loaded<T> {
  value: T;
  setAside: SetAside[];
}

function versionOf(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
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

/** Every migration from version N to N+1, applied in order until the current version. */
const PLAN_MIGRATIONS = new Map<unknown, (raw: unknown) => unknown>([
  [1, (raw) => migratePlansV1(v.parse(PlansV1Schema, raw))],
]);

export function loadPlans(raw: unknown): Loaded<PlansState> {
  if (raw === undefined || raw === null) return { value: DEFAULT_PLANS, setAside: [] };
  let current: unknown = raw;
  let version = versionOf(current);
  try {
    for (let migrate = PLAN_MIGRATIONS.get(version); migrate; migrate = PLAN_MIGRATIONS.get(version)) {
      current = migrate(current);
      version = versionOf(current);
    }
  } catch (error) {
    return {
      value: DEFAULT_PLANS,
      setAside: [{ reason: `migration from version ${version} failed: ${error}`, raw }],
    };
  }
  if (version !== PLANS_VERSION || !Array.isArray((current as { plans?: unknown }).plans)) {
    return {
      value: DEFAULT_PLANS,
      setAside: [{ reason: `unknown plans format (version ${String(version)})`, raw }],
    };
  }
  // Salvage plan by plan: one damaged checklist must not cost the user the others.
  const setAside: SetAside[] = [];
  const plans: Plan[] = [];
  for (const candidate of (current as { plans: unknown[] }).plans) {
    const result = v.safeParse(PlanSchema, candidate);
    if (result.success && !plans.some((p) => p.id === result.output.id)) plans.push(result.output);
    else
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
  const result = v.safeParse(SettingsSchema, raw);
  if (result.success) return { value: result.output, setAside: [] };
  return { value: DEFAULT_SETTINGS, setAside: [{ reason: firstIssue(result.issues), raw }] };
}
