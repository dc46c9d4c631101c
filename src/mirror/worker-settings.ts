/**
 * How a conversion worker is started: its V8 heap limits and compiler flags, the node flags it
 * gets, and how many workers a run uses by default. Kept apart from pool.ts, which manages the
 * workers once started, because the benches start workers of their own with the same settings.
 */
import os from 'node:os';
import v8 from 'node:v8';

/**
 * V8 heap settings of a conversion worker. Young generation 192 MB = two 64 MB semi-spaces plus
 * V8's new large-object space: the same as `node --max-semi-space-size=64`, which `npm run bench`
 * uses. The engine makes many short-lived nodes and strings per page; with 64 MB semi-spaces most
 * of a page's garbage dies before a scavenge has to copy it (measured on the ja+uk pages in one
 * session: 12.8 MB/s per CPU-second with 32 MB, 14.4–16.4 with 64 MB) for ~128 MB more per worker
 * than the default. The old generation is capped so memory stays bounded however long the run.
 */
const WORKER_SEMI_SPACE_MB = 64;
export const WORKER_RESOURCE_LIMITS = {
  maxYoungGenerationSizeMb: 3 * WORKER_SEMI_SPACE_MB,
  maxOldGenerationSizeMb: Number(process.env.WIKIMARK_WORKER_HEAP_MB ?? 512),
} as const;

/**
 * V8 compiler setting for processes that run conversion workers. Each worker isolate compiles
 * the engine's hot functions with TurboFan on its own, and its first ~1,500 pages cost 2–3 s of
 * extra CPU, mostly that compilation on V8's background threads (658 optimised compilations,
 * functions such as parseTable and Resolver.all recompiled up to 10 times as new node shapes
 * reach them). Half the default cumulative inlining budget (920 → 300 bytes of bytecode) makes
 * each compilation cheaper: on the ja+uk pages the first pass took 3.2–3.6 s of CPU instead of
 * 3.9–4.3, and the later passes were as fast as before (5 runs each, same session). V8 flags are
 * per process, so the flag is set before the first worker starts; `bench/mirror.ts` sets it too,
 * so that the engine it compares against runs under the same flags.
 *
 * The young generation starts at its full size (`--min-semi-space-size`, read when an isolate is
 * created, so it reaches the workers and not the main thread). V8 starts a heap with 1 MB
 * semi-spaces and doubles them only after as many bytes have survived scavenges as they hold:
 * with `--trace-gc` on a 300 MB mirror run a worker scavenged at 8, 16 and then 32 MB for its
 * first 33–46 scavenges (~1 GB allocated, its first ~750–1,050 pages) before reaching 64 MB,
 * i.e. its warm-up also ran with the small semi-spaces that cost the engine 10–25 % (see
 * WORKER_RESOURCE_LIMITS). A long run reaches 64 MB anyway, so peak memory does not change.
 */
export const WORKER_V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=300', `--min-semi-space-size=${WORKER_SEMI_SPACE_MB}`];
let v8FlagsSet = false;
export function applyWorkerV8Flags(): void {
  if (v8FlagsSet || process.env.WIKIMARK_DEFAULT_V8 === '1') return;
  v8FlagsSet = true;
  for (const flag of WORKER_V8_FLAGS) v8.setFlagsFromString(flag);
}

export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * The flags a worker starts with: by default (`undefined`) it inherits the process's, which
 * `node --cpu-prof --cpu-prof-dir D`, `--require X`, `--conditions C` and the rest need to reach
 * each worker. Node 20 does not check inherited flags, but refuses an explicit execArgv holding
 * V8 or per-process flags (`--max-old-space-size=600`, `--stack-size`, `--expose-gc`:
 * ERR_WORKER_INVALID_EXEC_ARGV, which stopped `node --max-old-space-size=… wikimark convert`).
 *
 * Two exceptions get an explicit list instead, made of the flags a Worker accepts, each with its
 * value (`--cpu-prof-dir D` is two elements); the V8 flags left out reach the worker all the same,
 * as V8 flags are process-wide:
 * - `node --input-type=module -e SCRIPT` (how test/mirror/cli.ts runs the CLI): an ESM worker that
 *   inherits them did not finish (a conversion of the sample dump spun for 29 minutes);
 * - a profile's file name (`--cpu-prof-name N`, `--heap-prof-name N`): every isolate would write
 *   the same file, the last one overwriting the others, so the worker's number goes into the name.
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv, workerNumber = 0): string[] | undefined {
  if (!execArgv.some((a) => PROFILE_NAME.test(a) || EVAL_FLAG.test(a))) return undefined;
  const kept: string[] = [];
  for (const [flag, ...values] of flagGroups(execArgv)) {
    if (!WORKER_FLAG.test(flag!)) continue;
    const name = PROFILE_NAME.exec(flag!);
    if (!name) kept.push(flag!, ...values);
    else if (name[2] !== undefined) kept.push(`${name[1]}=${numbered(name[2], workerNumber)}`);
    else kept.push(flag!, ...values.map((v) => numbered(v, workerNumber)));
  }
  return kept;
}

const PROFILE_NAME = /^(--(?:cpu|heap)-prof-name)(?:=(.*))?$/;
const EVAL_FLAG = /^(-e|-p|--eval|--print|--input-type)(=|$)/;
/** Node's own options that a Worker's execArgv may hold (its per-isolate and per-environment ones). */
const WORKER_FLAG = /^(-[rC]$|--(enable-source-maps|cpu-prof|heap-prof|conditions|import|require|loader|experimental-loader|no-warnings|disable-warning|trace-warnings|unhandled-rejections|heapsnapshot-near-heap-limit|diagnostic-dir|no-deprecation|trace-deprecation|throw-deprecation)(=|-|$))/;

/** execArgv split into a flag and its values: an element not starting with '-' belongs to the flag before it. */
function flagGroups(execArgv: readonly string[]): string[][] {
  const groups: string[][] = [];
  for (const a of execArgv) {
    if (a.startsWith('-') || groups.length === 0) groups.push([a]);
    else groups[groups.length - 1]!.push(a);
  }
  return groups;
}

/** `run.cpuprofile` → `run.worker3.cpuprofile`. */
function numbered(file: string, workerNumber: number): string {
  const dot = file.lastIndexOf('.');
  return dot > 0 ? `${file.slice(0, dot)}.worker${workerNumber}${file.slice(dot)}` : `${file}.worker${workerNumber}`;
}
