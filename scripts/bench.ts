/**
 * `npm run bench`: what Kaiyaku Guard costs. Prints tables and writes bench-results.json.
 *
 *   npm run bench [-- --quick] [-- --no-browser]
 *
 * 1. Engine and sizes, in Node (lib/bench-engine.ts).
 * 2. Page loads in real headless Chromium with and without the extension, alternating (lib/bench-loads.ts):
 *    DOMContentLoaded and load with a bootstrap interval of the difference; the extension's own main-thread
 *    time and the long tasks it took part in, from a Chromium trace (lib/bench-trace.ts); JS heap.
 * 3. The service worker's heap after 1,000 and 2,000 tab updates (lib/bench-worker-heap.ts).
 * 4. The page's heap across SPA navigations on a portal, with and without the extension (lib/bench-spa-heap.ts).
 * 5. The in-page assistant's time to highlight per portal page (lib/bench-highlight.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR } from '../tests/e2e/harness';
import { launchBrowser } from './lib/bench-browser';
import { benchEngine, sizes } from './lib/bench-engine';
import { benchHighlight } from './lib/bench-highlight';
import { benchLoads, TARGET_SHARE } from './lib/bench-loads';
import { benchSpaHeap } from './lib/bench-spa-heap';
import { benchWorkerHeap } from './lib/bench-worker-heap';
import { findChromium } from './lib/chromium';
import { startFixtureServer } from './lib/fixture-server';

const ROOT = resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const withBrowser = !process.argv.includes('--no-browser');
/** `--only=<text>`: page loads only on the pages whose name contains it, and no other browser bench. */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
/** `--traced=<n>`: traced loads with the extension per page (the CPU figures), overriding the mode's default. */
const tracedArg = Number(process.argv.find((a) => a.startsWith('--traced='))?.slice('--traced='.length));

const RUNS = quick
  ? {
      loads: { timing: 3, tracedWith: 1, tracedWithout: 1 },
      workerBatches: [100, 200],
      spaBatches: [10, 60],
      highlight: 3,
    }
  : {
      loads: { timing: 15, tracedWith: 3, tracedWithout: 2 },
      workerBatches: [500, 1000],
      spaBatches: [20, 220],
      highlight: 9,
    };

/**
 * Page renderers are shared across sites in the browser for the service-worker bench only, so that its time goes
 * to the background's work rather than to starting a renderer per navigation.
 */
const SHARED_RENDERER = ['--disable-site-isolation-trials', '--renderer-process-limit=1'];

async function benchBrowser() {
  const server = await startFixtureServer();
  const timed = async <T>(what: string, fn: () => Promise<T>) => {
    const start = performance.now();
    const result = await fn();
    console.error(`${what}: ${Math.round((performance.now() - start) / 1000)} s`);
    return result;
  };
  try {
    const [withExt, without] = [await launchBrowser(server, true), await launchBrowser(server, false)];
    const loadRuns =
      tracedArg > 0
        ? { ...RUNS.loads, tracedWith: tracedArg, timing: Math.max(RUNS.loads.timing, tracedArg) }
        : RUNS.loads;
    const loads = await timed('page loads', () => benchLoads(withExt, without, loadRuns, only));
    if (only) {
      await withExt.close();
      await without.close();
      return { loads, workerHeap: null, spaHeap: null, highlight: null };
    }
    const spaHeap = await timed('SPA heap', () => benchSpaHeap(withExt, without, RUNS.spaBatches));
    const highlight = await timed('time to highlight', () => benchHighlight(withExt, RUNS.highlight));
    await withExt.close();
    await without.close();
    const shared = await launchBrowser(server, true, SHARED_RENDERER);
    const workerHeap = await timed('service worker heap', () => benchWorkerHeap(shared, RUNS.workerBatches));
    await shared.close();
    return { loads, workerHeap, spaHeap, highlight };
  } finally {
    await server.close();
  }
}

type BrowserResults = Awaited<ReturnType<typeof benchBrowser>>;

const ms = (x: number) => `${x.toFixed(1)}`;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function printBrowser(b: BrowserResults) {
  const { runs, rows } = b.loads;
  console.log(
    `\nPage loads, with vs without the extension: median of ${runs.timing} alternating loads each; Δ = difference of` +
      ' medians, with its 95% bootstrap interval (an interval containing 0: no difference the runs can see)',
  );
  console.table(
    rows.map((r) => ({
      page: r.page,
      'DCL with/without ms': `${ms(r.dcl.with)} / ${ms(r.dcl.without)}`,
      'DCL Δ ms [95%]': `${ms(r.dcl.deltaMs)} [${ms(r.dcl.interval95[0])}, ${ms(r.dcl.interval95[1])}]`,
      'DCL ratio': r.dcl.ratio,
      'load with/without ms': `${ms(r.load.with)} / ${ms(r.load.without)}`,
      'load Δ ms [95%]': `${ms(r.load.deltaMs)} [${ms(r.load.interval95[0])}, ${ms(r.load.interval95[1])}]`,
      'load ratio': r.load.ratio,
    })),
  );
  console.log(
    `\nThe extension's own main-thread time, from a Chromium trace (median of ${runs.tracedWith} traced loads, ` +
      `each until the guard's second look at 3 s): wall ms (CPU ms). Share = wall ms / median load without; ` +
      `target ≤ ${pct(TARGET_SHARE)}. Long tasks: tasks > 50 ms (wall) with extension work in them, in how many runs.`,
  );
  console.table(
    rows.map((r) => ({
      page: r.page,
      kind: r.kind,
      'extension ms (CPU)': `${ms(r.extension.wallMs)} (${ms(r.extension.cpuMs)})`,
      'CPU median [95%]': `${ms(r.extension.cpuMs)} [${r.extension.cpuMsInterval95.map(ms).join(', ')}]`,
      'per script ms': Object.entries(r.extension.byScript)
        .map(([s, v]) => `${s.replace('content-scripts/', '')} ${ms(v)}`)
        .join(', '),
      share: pct(r.extension.shareOfLoad),
      '≤ 3%': r.extension.meetsTarget ? 'yes' : 'no',
      'long tasks (runs)': `${r.longTasks.runsWithOne}/${r.longTasks.runs}`,
      'longest: task (CPU) / ext ms': r.longTasks.longest
        ? `${ms(r.longTasks.longest.taskMs)} (${ms(r.longTasks.longest.taskCpuMs)}) / ${ms(r.longTasks.longest.extensionMs)}`
        : '',
      'extra heap MB': r.extraHeapMb,
      'without ext ms': r.extension.withoutExtensionMs,
    })),
  );
  const yes = (ok: boolean) => (ok ? 'yes' : 'NO');
  const { checks } = b.loads;
  console.log(
    `Attribution checks: 0 ms without the extension on every page: ${yes(checks.zeroWithoutExtension)}; ` +
      `guard.js seen on every page: ${yes(checks.guardOnEveryPage)}; assistant.js on carrier portals only: ` +
      `${yes(checks.assistantOnPortalsOnly)}.`,
  );
  const meeting = rows.filter((r) => r.extension.meetsTarget).map((r) => r.page);
  console.log(`Within the 3% target: ${meeting.length ? meeting.join(', ') : 'none'}.`);
  if (!b.workerHeap || !b.spaHeap || !b.highlight) return;
  const w = b.workerHeap;
  console.log(
    `\nService worker heap after GC, ${w.tabs} tabs navigating across ${w.pages.length} fixture pages (${w.seconds} s): ` +
      w.points.map((p) => `${p.updates} updates ${p.heapMb} MB`).join(' → '),
  );
  console.log(`\nPage heap after GC across SPA navigations on ${b.spaHeap.page}:`);
  console.table([
    ...b.spaHeap.with.map((p) => ({ extension: 'with', ...p })),
    ...b.spaHeap.without.map((p) => ({ extension: 'without', ...p })),
  ]);
  const g = b.spaHeap.kbPer100Navigations;
  console.log(`Growth per 100 navigations: ${g.with} KB with the extension, ${g.without} KB without.`);
  console.log(
    `\nIn-page assistant, time to highlight (median of ${b.highlight.runs}), ms from: navigation start, ` +
      'DOMContentLoaded (document_idle is never earlier, so these bound the time after it; target < 50 ms), and ' +
      'ready = the later of DOMContentLoaded and the expected element appearing:',
  );
  console.table(b.highlight.rows);
}

async function main() {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  const chromiumVersion = withBrowser ? execFileSync(findChromium(), ['--version']).toString().trim() : null;
  const results = {
    date: new Date().toISOString(),
    quick,
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      node: process.version,
      chromium: chromiumVersion,
    },
    engine: await benchEngine(quick),
    sizes: sizes(),
    browser: withBrowser ? await benchBrowser() : null,
  };
  writeFileSync(resolve(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const e = results.engine;
  console.log(
    `Machine: ${results.machine.cpu} ×${results.machine.cores}, Node ${results.machine.node}, ${chromiumVersion ?? ''}`,
  );
  console.log(
    `\nassessUrl over ${e.urls.count} URLs (${e.urls.source}): ${e.assessUrlPerSecond.toLocaleString('en')} URLs/s`,
  );
  console.log(
    `Levenshtein fuzzy list, same URLs: ${e.levenshteinPerSecond.toLocaleString('en')} URLs/s → ${e.speedup}× faster`,
  );
  console.table(e.pages);
  console.log(`Checklists for all ${e.checklist.plans} plans: ${e.checklist.allPlansMs} ms`);
  console.log('\nSizes (gzip bytes):');
  console.table(results.sizes);
  if (results.browser) printBrowser(results.browser);
  console.log('\nWrote bench-results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
