/**
 * Worker threads started ahead of need. A worker takes about 0.2 s to load
 * translint; the command starts them before it loads its own modules when
 * the arguments name many files, a directory or a glob (src/cli/warm.ts),
 * so both load at once. The pool then
 * takes these workers instead of starting new ones; unused ones are
 * stopped at the end of the run.
 */
import Tinypool from 'tinypool'
import {compiledFile} from '../compiled.js'

/**
 * The compiled worker next to this module (build/src/run/worker.js, or
 * worker.js beside the bundle), or, running from TypeScript sources, the
 * compiled one in build/. Undefined when there is none: files are then
 * checked in the calling thread.
 */
export function workerFile(): string | undefined {
  return compiledFile([new URL('./worker.js', import.meta.url), new URL('../../build/src/run/worker.js', import.meta.url)])
}

const warm: Array<{filename: string; pool: Tinypool}> = []

/**
 * A young generation of 192 MB (V8's default here is 32 MB): checking a
 * page allocates trees, tokens and strings that die with it, and with the
 * default the collector copies them over and over (a project of 10,000
 * pages: a third less CPU time with it; docs/performance.md).
 */
export const YOUNG_GENERATION_MB = 192

/** A one-thread pool of `filename`: a lane of src/run/pool.ts. */
export function startLane(filename: string): Tinypool {
  return new Tinypool({filename, minThreads: 1, maxThreads: 1, idleTimeout: 0, resourceLimits: {maxYoungGenerationSizeMb: YOUNG_GENERATION_MB}})
}

/** Start `count` one-thread pools of `filename`. */
export function prewarm(filename: string, count: number): void {
  for (let index = 0; index < count; index++) warm.push({filename, pool: startLane(filename)})
}

/** How many started pools of `filename` are waiting. */
export function warmCount(filename: string): number {
  return warm.filter((entry) => entry.filename === filename).length
}

/** A started pool of `filename`, if one is waiting. */
export function takeWarm(filename: string): Tinypool | undefined {
  const index = warm.findIndex((entry) => entry.filename === filename)
  return index === -1 ? undefined : warm.splice(index, 1)[0]!.pool
}

/** Stop the workers nobody took. */
export async function releaseWarm(): Promise<void> {
  const left = warm.splice(0)
  await Promise.all(left.map((entry) => entry.pool.destroy()))
}
