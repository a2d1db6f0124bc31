/**
 * The learned URL model: logistic regression over hashed character trigrams of the registrable name (or of a
 * hosting platform's account label) and its public suffix, plus a few of the engine's own facts about that name.
 * It reads the name only, never the subdomains or the path: the legit lists it learns from are bare registrable
 * domains, so anything else would teach it "has a path" rather than "looks like phishing".
 *
 * Trained by scripts/train-url-model.ts into data/url-model.ts (int8 weights); url-labels.ts sums a label's
 * trigram weights once per distinct label (memoised with the label's other facts), so it costs next to nothing
 * per URL. The background only: the every-page script never imports the URL engine.
 */

/** What the model reads about a host (url-core.ts gathers it; the trainer asks the engine for it). */
export interface ModelInput {
  /** The registrable label (`rwbazt` of `x.rwbazt.cn`) or the account label on a hosting zone. */
  label: string;
  /** What follows it: the public suffix (`cn`, `co.jp`) or the hosting zone (`workers.dev`). */
  suffix: string;
  /** Engine facts, each 0 or 1 (see DENSE). */
  dense: readonly number[];
}

/** The engine's facts about the name, in the order of `ModelInput.dense` and of the weights file's `dense`. */
export const DENSE = [
  'random',
  'keyboard-walk',
  'free-hosting',
  'dynamic-dns',
  'brand-word',
  'login-word',
  'digit',
  'hyphen',
  'short',
  'long',
] as const;

/** Hashed feature space of the trigrams (a power of two). */
export const BUCKETS = 2048;

/** FNV-1a-style hash of `s[start..end)` mixed with `seed`, into BUCKETS. */
function bucket(s: string, start: number, end: number, seed: number): number {
  let h = seed;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & (BUCKETS - 1);
}

const GRAM_SEED = 0x811c9dc5;

/**
 * The buckets of `label`'s trigrams, with `^` and `$` marking its ends (`ab` → `^ab`, `ab$`; `a` → `^a$`), in
 * order. `out` is filled and returned (no allocation when reused).
 */
export function gramBuckets(label: string, out: number[] = []): number[] {
  out.length = 0;
  const s = `^${label}$`;
  for (let i = 0; i + 3 <= s.length; i++) out.push(bucket(s, i, i + 3, GRAM_SEED));
  return out;
}

/** The trained weights, as data/url-model.ts stores them. */
export interface UrlModelData {
  buckets: number;
  /** int8 weights of the hashed features, base64. */
  weights: string;
  /** Weight of one int8 step. */
  scale: number;
  bias: number;
  /** One weight per DENSE fact, in its order. */
  dense: readonly number[];
  /**
   * At or above this logit the name looks like the phishing names of the training years: weak evidence, which
   * url-core.ts counts only beside a brand or sign-in hint in the host.
   */
  threshold: number;
  /** How the file was made (data, sizes, hash of the inputs): shown by the trainer, checked by its tests. */
  trainedOn: string;
}

export interface UrlModel {
  /** Sum of the int8 weights of `label`'s trigrams (memoise it per label: it does not depend on the rest). */
  gramSum(label: string): number;
  /** The logit for a label whose gramSum is `grams` and the engine's dense facts. */
  logit(grams: number, dense: readonly number[]): number;
  readonly threshold: number;
}

function decodeBase64(b64: string): Int8Array {
  const bin = atob(b64);
  const out = new Int8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = (bin.charCodeAt(i) << 24) >> 24;
  return out;
}

export function loadUrlModel(data: UrlModelData): UrlModel {
  if (data.buckets !== BUCKETS || data.dense.length !== DENSE.length)
    throw new Error('url model: weights do not match the features (retrain: npm run train:url-model)');
  const w = decodeBase64(data.weights);
  if (w.length !== BUCKETS) throw new Error('url model: wrong number of weights');
  const grams: number[] = [];
  return {
    threshold: data.threshold,
    gramSum(label) {
      let sum = 0;
      for (const b of gramBuckets(label, grams)) sum += w[b] as number;
      return sum;
    },
    logit(g, dense) {
      let z = data.bias + data.scale * g;
      for (let i = 0; i < dense.length; i++) if (dense[i]) z += data.dense[i] as number;
      return z;
    },
  };
}
