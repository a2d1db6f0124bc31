/**
 * `npm run eval:assistant`: how the in-page assistant's search does on the tuned fixtures (tests/fixtures/<host>/,
 * the pages the matcher was built against) and on the unseen set (tests/fixtures/unseen/, written from public
 * how-to pages before the matcher was tuned, never used to choose its weights), side by side.
 *
 * Each page is parsed in happy-dom at its real URL (scripts do not run; declarative shadow roots are attached
 * as a browser's parser would), recognised with its brand's page rules, and searched with the path for its goal
 * (`unseen:goal`, or cancel for the tuned pages, as the e2e tests use them). A page is right when the element it
 * expects (`data-fixture="expected"`) is marked, or when nothing is marked on a page that expects nothing.
 * `--list` prints every page's outcome.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { BRANDS } from '../data/brands';
import { LEXICON } from '../data/intents';
import type { Goal } from '../data/schema';
import { findNextTarget } from '../utils/assistant/find-target';
import { brandOfPortalHost } from '../utils/assistant/portal';
import { isIgnored, pageText, recognisePage } from '../utils/assistant/recognise';
import { compileSteps } from '../utils/assistant/score';
import { fixtureFile, fixturePages, UNSEEN_DIR } from './lib/fixture-server';

type Outcome = 'found' | 'wrong' | 'missed' | 'silent' | 'skipped';

interface PageResult {
  set: 'tuned' | 'unseen';
  url: string;
  goal: Goal;
  expects: boolean;
  outcome: Outcome;
  marked: string;
  wording?: string;
}

/** Attaches `<template shadowrootmode>` contents as open shadow roots, innermost first, as a parser does. */
function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of [...root.querySelectorAll('template[shadowrootmode]')].reverse()) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const shadow = host.attachShadow({
      mode: template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open',
    });
    shadow.append((template as HTMLTemplateElement).content);
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

/** The element a page expects to be marked, in its document or any open shadow root. */
function expectedIn(root: ParentNode): Element | null {
  const direct = root.querySelector('[data-fixture="expected"]');
  if (direct) return direct;
  for (const el of root.querySelectorAll('*')) {
    const inner = el.shadowRoot && expectedIn(el.shadowRoot);
    if (inner) return inner;
  }
  return null;
}

function describe(el: Element): string {
  return `<${el.localName}> ${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)}`;
}

function evaluate(set: PageResult['set'], url: string, html: string): PageResult {
  const window = new Window({ url });
  const document = window.document as unknown as Document;
  document.write(html);
  attachDeclarativeShadowRoots(document);
  const meta = (name: string) =>
    document.querySelector(`meta[name="unseen:${name}"]`)?.getAttribute('content');
  const goal = (meta('goal') as Goal | undefined) ?? 'cancel';
  const expected = expectedIn(document);
  const expects = meta('expect') ? meta('expect') === 'mark' : expected !== null;
  const result = { set, url, goal, expects, wording: meta('wording') ?? undefined };
  const brand = brandOfPortalHost(BRANDS, new URL(url).hostname);
  const portal = brand?.portal;
  if (!portal) return { ...result, outcome: 'skipped', marked: 'not a portal host' };
  const kind = recognisePage(url, pageText(document), portal);
  if (kind === 'complete') return { ...result, outcome: 'skipped', marked: 'completion page' };
  const steps = compileSteps(portal.paths[goal]?.steps ?? [], LEXICON);
  const found = isIgnored(url, portal) ? null : findNextTarget(document, steps);
  window.happyDOM.abort();
  const marked = found ? `${found.step.id} (${found.evidence}) ${describe(found.element)}` : '—';
  if (!found) return { ...result, outcome: expects ? 'missed' : 'silent', marked };
  return { ...result, outcome: expects && found.element === expected ? 'found' : 'wrong', marked };
}

export function runEval(): PageResult[] {
  const read = (url: string) => {
    const { hostname, pathname } = new URL(url);
    return readFileSync(fixtureFile(hostname, pathname) as string, 'utf8');
  };
  const tuned = fixturePages()
    .filter((url) => brandOfPortalHost(BRANDS, new URL(url).hostname))
    .map((url) => evaluate('tuned', url, read(url)));
  const unseen = fixturePages(UNSEEN_DIR).map((url) => evaluate('unseen', url, read(url)));
  return [...tuned, ...unseen];
}

function summary(results: PageResult[]) {
  const scored = results.filter((r) => r.outcome !== 'skipped');
  const count = (o: Outcome) => scored.filter((r) => r.outcome === o).length;
  const nearMisses = scored.filter((r) => !r.expects);
  const right = count('found') + count('silent');
  return {
    pages: scored.length,
    'expect a mark': scored.length - nearMisses.length,
    found: count('found'),
    wrong: count('wrong'),
    missed: count('missed'),
    'near misses': nearMisses.length,
    'wrong on near misses': nearMisses.filter((r) => r.outcome === 'wrong').length,
    right: `${right}/${scored.length} (${Math.round((100 * right) / Math.max(1, scored.length))}%)`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = runEval();
  const unseen = results.filter((r) => r.set === 'unseen');
  console.log('\nIn-page assistant: tuned fixtures and the unseen set\n');
  console.table({
    tuned: summary(results.filter((r) => r.set === 'tuned')),
    unseen: summary(unseen),
    'unseen, new wordings': summary(unseen.filter((r) => r.wording === 'new')),
    'unseen, known wordings in new markup': summary(unseen.filter((r) => r.wording === 'known')),
  });
  if (process.argv.includes('--list'))
    console.table(
      results.map(({ set, url, goal, outcome, marked }) => ({ set, url, goal, outcome, marked })),
    );
  else
    for (const r of results.filter((x) => x.outcome === 'wrong' || x.outcome === 'missed'))
      console.log(
        `${r.outcome.padEnd(7)} ${r.set.padEnd(7)} ${r.goal.padEnd(7)} ${r.url}  marked: ${r.marked}`,
      );
}
