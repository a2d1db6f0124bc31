/**
 * Training of the learned URL model (utils/scam/url-model.ts), pure and deterministic: the same examples give the
 * same bytes (a fixed number of passes in a seeded order, IEEE doubles, int8 weights written as base64). The
 * command line (scripts/train-url-model.ts) feeds it the shared data; the unit test a committed sample.
 */
import { createHash } from 'node:crypto';
import { BUCKETS, DENSE, gramBuckets, type ModelInput, type UrlModelData } from '../../utils/scam/url-model';

export interface TrainOptions {
  /** Passes over the examples. */
  epochs: number;
  /** L2 penalty per example step. */
  l2: number;
  /** Learning rate of the first pass (it decays as 1/√pass). */
  rate: number;
  /** Share of the training negatives at or above the threshold. */
  thresholdShare: number;
}

export const DEFAULT_TRAIN: TrainOptions = {
  epochs: 12,
  l2: 1e-5,
  rate: 0.05,
  thresholdShare: 0.02,
};

/** A sample's sparse features: hashed buckets (trigrams and the suffix), then the dense facts. */
interface Example {
  buckets: number[];
  dense: readonly number[];
  y: 0 | 1;
}

/** One key per distinct input, so a kit's hundred URLs on one name count once. */
export const inputKey = (m: ModelInput): string => `${m.label}.${m.suffix}|${m.dense.join('')}`;

/** Distinct inputs in first-seen order. */
export function distinct(inputs: readonly ModelInput[]): ModelInput[] {
  const seen = new Set<string>();
  return inputs.filter((m) => {
    const k = inputKey(m);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function example(m: ModelInput, y: 0 | 1): Example {
  return { buckets: gramBuckets(m.label).slice(), dense: m.dense, y };
}

/** mulberry32: a small seeded generator, so the pass order is the same on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** The logit of the quantised model for `e`. */
function logitOf(e: Example, q: Int8Array, scale: number, bias: number, dense: readonly number[]): number {
  let g = 0;
  for (const b of e.buckets) g += q[b] as number;
  let z = bias + scale * g;
  for (let i = 0; i < e.dense.length; i++) if (e.dense[i]) z += dense[i] as number;
  return z;
}

/**
 * Logistic regression by stochastic gradient descent, each class weighted to half of the loss; the weights are
 * then quantised to int8 and the threshold set on the quantised model's logits of the training negatives.
 */
export function trainUrlModel(
  positives: readonly ModelInput[],
  negatives: readonly ModelInput[],
  trainedOn: string,
  opt: TrainOptions = DEFAULT_TRAIN,
): UrlModelData {
  const pos = distinct(positives).map((m) => example(m, 1));
  const neg = distinct(negatives).map((m) => example(m, 0));
  const all = [...pos, ...neg];
  if (pos.length === 0 || neg.length === 0) throw new Error('train: need positives and negatives');
  const classWeight = [all.length / (2 * neg.length), all.length / (2 * pos.length)];
  const w = new Float64Array(BUCKETS);
  const d = new Float64Array(DENSE.length);
  let bias = 0;
  const next = rng(16);
  const order = all.map((_, i) => i);
  for (let epoch = 0; epoch < opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const rate = opt.rate / Math.sqrt(epoch + 1);
    for (const i of order) {
      const e = all[i] as Example;
      let z = bias;
      for (const b of e.buckets) z += w[b] as number;
      for (let k = 0; k < e.dense.length; k++) if (e.dense[k]) z += d[k] as number;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - e.y) * (classWeight[e.y] as number) * rate;
      bias -= g;
      for (const b of e.buckets) w[b] = (w[b] as number) * (1 - rate * opt.l2) - g;
      for (let k = 0; k < e.dense.length; k++) if (e.dense[k]) d[k] = (d[k] as number) - g;
    }
  }
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = round(max / 127 || 1, 6);
  const q = new Int8Array(BUCKETS);
  for (let i = 0; i < BUCKETS; i++)
    q[i] = Math.max(-127, Math.min(127, Math.round((w[i] as number) / scale)));
  const dense = [...d].map((x) => round(x, 4));
  const b = round(bias, 4);
  // The threshold: just above the logit of the training negative at the allowed share.
  const negLogits = neg.map((e) => logitOf(e, q, scale, b, dense)).sort((x, y) => y - x);
  const threshold = round((negLogits[Math.floor(opt.thresholdShare * negLogits.length)] as number) + 1e-4, 4);
  return {
    buckets: BUCKETS,
    weights: Buffer.from(q.buffer).toString('base64'),
    scale,
    bias: b,
    dense,
    threshold,
    trainedOn: `${trainedOn}; ${pos.length} phishing names, ${neg.length} legit names; inputs sha256 ${fingerprint([...positives, ...negatives])}`,
  };
}

/** SHA-256 (first 16 hex digits) of the inputs, so a file says which data made it. */
export function fingerprint(inputs: readonly ModelInput[]): string {
  const h = createHash('sha256');
  for (const m of inputs) h.update(`${inputKey(m)}\n`);
  return h.digest('hex').slice(0, 16);
}

/** data/url-model.ts's text for `m`. */
export function modelFileText(m: UrlModelData): string {
  const b64 = m.weights.match(/.{1,100}/g) ?? [];
  return `/**
 * The learned URL model's weights (utils/scam/url-model.ts reads them). Generated by \`npm run train:url-model\`
 * (scripts/train-url-model.ts): do not edit. Trained on ${m.trainedOn}.
 */
import type { UrlModelData } from '../utils/scam/url-model';

export const URL_MODEL: UrlModelData = {
  buckets: ${m.buckets},
  scale: ${m.scale},
  bias: ${m.bias},
  dense: [${m.dense.join(', ')}],
  threshold: ${m.threshold},
  trainedOn:
    '${m.trainedOn.replace(/'/g, "\\'")}',
  weights:
${b64.map((l, i) => `    '${l}'${i < b64.length - 1 ? ' +' : ','}`).join('\n')}
};
`;
}
