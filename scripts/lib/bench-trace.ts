/**
 * The extension's own main-thread time on a page, from a Chromium trace. Every task on a renderer's main thread
 * is walked: script evaluation and function calls whose script URL is `chrome-extension://…` count in full
 * (their wall time and their thread CPU time); a microtask checkpoint, whose trace event names no script, counts
 * in the proportion of the V8 sampling profiler's samples inside it that have an extension frame on the stack.
 * A task over 50 ms with any extension work in it is a long task the extension took part in.
 */
import type { CDPSession } from 'playwright-core';

const CATEGORIES = [
  '__metadata',
  'toplevel',
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];
const EXTENSION = 'chrome-extension://';
export const LONG_TASK_MS = 50;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: {
    name?: string;
    fileName?: string;
    data?: {
      url?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

export interface ExtensionWork {
  /** Main-thread wall time in the extension's scripts, ms. */
  wallMs: number;
  /** The same in thread CPU time: what the extension cost, whatever else the machine was doing. */
  cpuMs: number;
  /** Wall ms per script file (guard.js, content-scripts/assistant.js). */
  byScript: Record<string, number>;
  /** Tasks over 50 ms that contain extension work: their length and the extension's part of it. */
  longTasks: { taskMs: number; taskCpuMs: number; extensionMs: number; scripts: string[] }[];
}

/** Records a trace of everything Chromium does while `run` runs. */
export async function traced(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = (chunk: { value: object[] }) => events.push(...(chunk.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] },
  });
  try {
    await run();
  } finally {
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}

const thread = (e: { pid: number; tid: number }) => `${e.pid}:${e.tid}`;

/** The script file of an extension URL: chrome-extension://<id>/content-scripts/assistant.js → content-scripts/assistant.js. */
const scriptOf = (url: string) => url.slice(url.indexOf('/', EXTENSION.length) + 1);

function extensionUrl(e: TraceEvent): string | null {
  const url = e.args?.data?.url ?? e.args?.fileName ?? '';
  return url.startsWith(EXTENSION) ? url : null;
}

/**
 * Per profiled thread, the time of every CPU sample and the extension script on its stack (innermost), or null
 * when the sample is the page's or the browser's own work.
 */
function samplesByThread(events: TraceEvent[]): Map<string, { ts: number[]; script: (string | null)[] }> {
  const profiles = new Map<string, { thread: string; start: number; chunks: TraceEvent[] }>();
  for (const e of events) {
    const key = `${e.pid}:${e.id}`;
    if (e.name === 'Profile')
      profiles.set(key, { thread: thread(e), start: e.args?.data?.startTime ?? e.ts, chunks: [] });
    else if (e.name === 'ProfileChunk') profiles.get(key)?.chunks.push(e);
  }
  const out = new Map<string, { ts: number[]; script: (string | null)[] }>();
  for (const { thread: t, start, chunks } of profiles.values()) {
    const nodes = new Map<number, ProfileNode>();
    const samples: number[] = [];
    const deltas: number[] = [];
    for (const c of chunks) {
      for (const n of c.args?.data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      samples.push(...(c.args?.data?.cpuProfile?.samples ?? []));
      deltas.push(...(c.args?.data?.timeDeltas ?? []));
    }
    const scriptOfNode = new Map<number, string | null>();
    const resolve = (id: number): string | null => {
      const known = scriptOfNode.get(id);
      if (known !== undefined) return known;
      const node = nodes.get(id);
      const url = node?.callFrame.url ?? '';
      const script = url.startsWith(EXTENSION)
        ? scriptOf(url)
        : node?.parent === undefined
          ? null
          : resolve(node.parent);
      scriptOfNode.set(id, script);
      return script;
    };
    const entry = out.get(t) ?? { ts: [], script: [] };
    let ts = start;
    samples.forEach((id, i) => {
      ts += deltas[i] ?? 0;
      entry.ts.push(ts);
      entry.script.push(resolve(id));
    });
    out.set(t, entry);
  }
  return out;
}

interface Node {
  event: TraceEvent;
  children: Node[];
}

/** The complete events of one thread as a forest of tasks, by time containment. */
function taskTree(events: TraceEvent[]): Node[] {
  const sorted = events
    .filter((e) => e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const event of sorted) {
    const node = { event, children: [] };
    while (stack.length) {
      const top = (stack[stack.length - 1] as Node).event;
      if (event.ts < top.ts + (top.dur ?? 0)) break;
      stack.pop();
    }
    (stack.length ? (stack[stack.length - 1] as Node).children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

export function extensionWork(events: TraceEvent[]): ExtensionWork {
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(thread),
  );
  const samples = samplesByThread(events);
  const work: ExtensionWork = { wallMs: 0, cpuMs: 0, byScript: {}, longTasks: [] };
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (!mainThreads.has(thread(e))) continue;
    const list = byThread.get(thread(e));
    if (list) list.push(e);
    else byThread.set(thread(e), [e]);
  }

  for (const [t, threadEvents] of byThread) {
    const threadSamples = samples.get(t) ?? { ts: [], script: [] };
    /** Adds `share` of `event` to the totals, for `scripts` in the given proportions; returns its wall ms. */
    const count = (event: TraceEvent, share: number, scripts: Map<string, number>) => {
      const wall = ((event.dur ?? 0) * share) / 1000;
      work.wallMs += wall;
      work.cpuMs += ((event.tdur ?? event.dur ?? 0) * share) / 1000;
      const total = [...scripts.values()].reduce((a, b) => a + b, 0);
      for (const [script, n] of scripts)
        work.byScript[script] = (work.byScript[script] ?? 0) + (wall * n) / total;
      return wall;
    };
    const visit = (node: Node, inTask: Set<string>): number => {
      const { event } = node;
      const url = extensionUrl(event);
      if (url) {
        inTask.add(scriptOf(url));
        return count(event, 1, new Map([[scriptOf(url), 1]]));
      }
      if (event.name === 'RunMicrotasks') {
        const end = event.ts + (event.dur ?? 0);
        const inside = new Map<string, number>();
        let all = 0;
        threadSamples.ts.forEach((ts, i) => {
          if (ts < event.ts || ts >= end) return;
          all++;
          const script = threadSamples.script[i];
          if (script) inside.set(script, (inside.get(script) ?? 0) + 1);
        });
        const ext = [...inside.values()].reduce((a, b) => a + b, 0);
        // Without samples of the extension inside, only the calls the trace names below it count.
        if (ext > 0) {
          for (const script of inside.keys()) inTask.add(script);
          return count(event, ext / all, inside);
        }
      }
      return node.children.reduce((sum, child) => sum + visit(child, inTask), 0);
    };
    for (const task of taskTree(threadEvents)) {
      const scripts = new Set<string>();
      const extensionMs = visit(task, scripts);
      const taskMs = (task.event.dur ?? 0) / 1000;
      const taskCpuMs = (task.event.tdur ?? task.event.dur ?? 0) / 1000;
      if (taskMs > LONG_TASK_MS && extensionMs > 0)
        work.longTasks.push({ taskMs, taskCpuMs, extensionMs, scripts: [...scripts].sort() });
    }
  }
  return work;
}
