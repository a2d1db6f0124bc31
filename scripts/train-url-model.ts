/**
 * `npm run train:url-model [-- --check]`: trains the learned URL model (utils/scam/url-model.ts) into
 * data/url-model.ts from the shared data (read by path, never copied):
 * - phishing: the JPCERT/CC carrier rows up to 2021 (2022 stays unseen: `npm run eval` reports it apart). Not the
 *   other brands' rows: their names carry the names of banks and shops, and a trial model trained on them warned
 *   on the banks' own domains (mizuhobank.co.jp);
 * - legit: the training part of the OpenDNS top and random lists (eval-urls.ts `legitPart`; the rest is held out
 *   and reported by `npm run eval`). The Japanese list (tests/fixtures/urls/legit-jp.txt) is never trained on.
 * `--check` retrains and fails when the committed file differs (the same data gives the same bytes).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BRANDS } from '../data/brands';
import { identitiesOf } from '../utils/scam/identity';
import { createUrlEngine } from '../utils/scam/url-core';
import type { ModelInput } from '../utils/scam/url-model';
import { sharedFile } from './eval';
import {
  CARRIERS,
  LEGIT_LISTS,
  legitPart,
  parseDomainList,
  parsePhishCsv,
  TUNE_LAST_YEAR,
} from './lib/eval-urls';
import { modelFileText, trainUrlModel } from './lib/train-url-model';

export const MODEL_FILE = resolve(import.meta.dirname, '../data/url-model.ts');

/** The model file's text retrained from the shared data, or null when the data is not here. */
export function retrainFromShared(): { text: string; trainedOn: string; threshold: number } | null {
  const csv = sharedFile('jpcert-phish-2019-2022.csv');
  const lists = LEGIT_LISTS.map((n) => sharedFile(n));
  if (!csv || lists.some((f) => !f)) return null;
  // The engine without a model: the model's inputs do not depend on a model.
  const engine = createUrlEngine(identitiesOf(BRANDS));
  const inputs = (urls: string[]) =>
    urls.map((u) => engine.modelInput(u)).filter((m): m is ModelInput => m !== null);
  const phish = parsePhishCsv(readFileSync(csv, 'utf8')).filter(
    (r) => Number(r.date.slice(0, 4)) <= TUNE_LAST_YEAR && CARRIERS[r.description] !== undefined,
  );
  const legit = lists.flatMap((f) =>
    parseDomainList(readFileSync(f as string, 'utf8')).filter((d) => legitPart(d) === 'train'),
  );
  const model = trainUrlModel(
    inputs(phish.map((r) => r.url)),
    inputs(legit.map((d) => `https://${d}/`)),
    `JPCERT/CC carrier phishing URLs 2019–${TUNE_LAST_YEAR} and the training part of the OpenDNS top and random lists`,
  );
  return { text: modelFileText(model), trainedOn: model.trainedOn, threshold: model.threshold };
}

function main(): void {
  const m = retrainFromShared();
  if (!m) {
    console.error('train-url-model: the shared data (shared/data/) is not here; the committed model stays');
    process.exit(2);
  }
  if (process.argv.includes('--check')) {
    const same = readFileSync(MODEL_FILE, 'utf8') === m.text;
    console.log(same ? 'data/url-model.ts matches a retrain' : 'data/url-model.ts differs from a retrain');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(MODEL_FILE, m.text);
  console.log(`wrote data/url-model.ts: ${m.trainedOn}; threshold ${m.threshold}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
