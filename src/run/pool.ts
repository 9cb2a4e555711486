/**
 * Checking many files on all cores: worker threads through tinypool.
 *
 * Loading a dictionary can cost far more than checking one file with it
 * (parsing the Serbian one takes about 0.6 s; restoring its memory image
 * about 0.04 s), so files are scheduled by language: each
 * worker ("lane") is a one-thread tinypool, files are batched per language,
 * and a batch goes to the lane where it finishes first, counting the
 * dictionaries that lane would still have to load. A lane that runs out of
 * work takes batches from the busiest lane. Each worker loads a dictionary at
 * most once and parses the source once.
 *
 * The estimate needs the language before the file is checked: from `--lang`,
 * the config, the file name, or a quick guess from the first characters. A
 * wrong guess only costs time: the worker decides the language, as always.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Tinypool from 'tinypool'
import type {ResolvedConfig} from '../config/schema.js'
import {locateDictionary} from '../dictionaries/index.js'
import {imageDirectory} from '../dictionaries/images.js'
import {identifyAmong, resolveLanguage, type Language} from '../language/index.js'
import {kinOf} from '../language/kin.js'
import {decideLanguage} from '../language/decide.js'
import type {AgreementData} from '../compare/agreement.js'
import {checkFile, failedResult, type FileJob, type FileOutcome, type RunContext} from './check-file.js'
import type {Batch} from './worker.js'
import {startLane, takeWarm, warmCount, workerFile} from './prewarm.js'

export {workerFile}

/** What the workers need to rebuild the run: data only (it is copied to each thread). */
export interface PoolSetup {
  /** Identifies the run, so that a worker reuses what it built for it. */
  key: string
  config: ResolvedConfig
  source?: {text: string; path?: string; language: string; agreement?: AgreementData}
  lang?: string
  /** Results with the texts and their alignment (the review page). */
  review?: boolean
}

/** Seconds per byte of a `.dic` file to load it (hunspell in WebAssembly, measured: sr 5.9 MB in 0.6 s). */
const LOAD_PER_BYTE = 1e-7
/** Seconds per byte of a dictionary's memory image to restore it (measured: sr 26 MB in 0.035 s). */
const RESTORE_PER_BYTE = 1.5e-9
/**
 * Seconds to check one file, plus per character (measured: 1,000 seed
 * copies in about 12 s of one thread; 10 MB in about 10 s).
 */
const FILE_COST = 0.012
const CHAR_COST = 1e-6
/**
 * The first files of a language in a thread cost more than the next: the
 * caches of known words and suggestions start empty (measured on the seeds:
 * 0.1 to 0.45 s for a first file, about 0.01 s for a copy).
 */
const LANGUAGE_WARM_UP = 0.15
/** Starting a worker and loading translint in it (about 0.3 s). */
const WORKER_START = 0.3
/**
 * Estimated seconds of work from which this thread only schedules and
 * workers check every file (some 1,500 pages): in this thread the garbage
 * collector took 9 % of the time in a 10,000-page project, in a worker with
 * a larger young generation 4 % (docs/performance.md). Shorter runs keep
 * this thread as a lane: it works while the workers start.
 */
export const WORKERS_ONLY_FROM = 20
/** Most files in one batch: small enough to balance, large enough to amortise messages. */
const MAX_BATCH = 25

/** How many worker threads: all cores, never more than there are files. */
export function defaultThreads(files: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
  return Math.max(1, Math.min(cores, files))
}

interface Estimate {
  job: FileJob
  index: number
  /** Language tag guessed for scheduling. */
  language: string
  /** Dictionaries the file needs (its language and kin). */
  dictionaries: string[]
  cost: number
}

const READ_AHEAD = 4 * 1024
/** Characters a language guess reads, and the languages it chooses from (franc codes: those with dictionaries). */
export const GUESS_LENGTH = 500
export const GUESS_AMONG = ['eng', 'cat', 'spa', 'fra', 'deu', 'ita', 'por', 'nld', 'rus', 'hrv', 'dan', 'swe', 'pol', 'ces', 'ron', 'ukr', 'tur', 'afr', 'tgl', 'srp']

async function estimate(job: FileJob, index: number, setup: PoolSetup, contents?: ReadonlyMap<string, Uint8Array>): Promise<Estimate> {
  // Told (option, config, file name), or a quick guess among the languages
  // with dictionaries from the first characters: full identification costs
  // about 4 ms a file, which the main thread cannot spend up front.
  let hinted: Language | undefined
  try {
    hinted = decideLanguage('', {...(setup.lang ? {lang: setup.lang} : {}), ...(job.configLang ? {configLang: job.configLang} : {}), path: job.absolute}).language
  } catch {
    hinted = undefined
  }
  // Bytes read already (for agreement or the cache) are not read again.
  const bytes = contents?.get(job.absolute)
  let size = bytes?.length ?? 0
  let sample = ''
  if (bytes && !hinted) sample = new TextDecoder('utf-8', {fatal: false}).decode(bytes.subarray(0, READ_AHEAD))
  else if (!bytes) {
    try {
      const handle = await fs.promises.open(job.absolute, 'r')
      try {
        size = (await handle.stat()).size
        if (!hinted) {
          const buffer = new Uint8Array(Math.min(size, READ_AHEAD))
          const {bytesRead} = await handle.read(buffer, 0, buffer.length, 0)
          sample = new TextDecoder('utf-8', {fatal: false}).decode(buffer.subarray(0, bytesRead))
        }
      } finally {
        await handle.close()
      }
    } catch {
      // Unreadable: the worker reports it.
    }
  }
  let language = hinted
  if (!language) {
    try {
      const guessed = identifyAmong(sample.slice(0, GUESS_LENGTH), GUESS_AMONG)
      language = guessed ? resolveLanguage(guessed) : undefined
    } catch {
      language = undefined
    }
  }
  const tag = language?.tag ?? 'und'
  return {job, index, language: tag, dictionaries: language ? [language.tag, ...kinOf(language)] : [], cost: FILE_COST + size * CHAR_COST}
}

/**
 * Load cost of a language's dictionary: restoring its memory image when
 * there is one (src/dictionaries/images.ts), else parsing its word list.
 */
function loadCost(tag: string, config: ResolvedConfig, cache: Map<string, number>, images: Map<string, number>): number {
  let cost = cache.get(tag)
  if (cost === undefined) {
    cost = 0
    try {
      const image = images.get(tag)
      const found = image === undefined ? locateDictionary(resolveLanguage(tag), config.dictionaries, config.root) : undefined
      if (image !== undefined) cost = image * RESTORE_PER_BYTE
      else if (found) cost = fs.statSync(`${found.files}.dic`).size * LOAD_PER_BYTE
    } catch {
      cost = 0
    }
    cache.set(tag, cost)
  }
  return cost
}

/** Sizes of the memory images at hand, per language tag (an image may still turn out stale). */
function imageSizes(): Map<string, number> {
  const sizes = new Map<string, number>()
  const directory = imageDirectory(process.cwd())
  if (!directory) return sizes
  try {
    for (const entry of fs.readdirSync(directory, {withFileTypes: true})) {
      const tag = /^(.+)\.[\da-f]{16}\.img$/.exec(entry.name)?.[1]
      if (tag && entry.isFile()) sizes.set(tag, fs.statSync(path.join(directory, entry.name)).size)
    }
  } catch {
    // No images yet.
  }
  return sizes
}

interface Planned {
  jobs: Array<{job: FileJob; index: number}>
  dictionaries: string[]
  cost: number
}

interface Lane {
  queue: Planned[]
  load: number
  dictionaries: Set<string>
}

/**
 * Threads slow each other down: on this project's machine (2 vCPUs), two
 * lanes each check files about 1.6 to 1.8 times slower than one thread
 * alone (248 seed copies: 2.95 s on both lanes, 3.3 s on one), because one
 * thread already keeps the other core busy with garbage collection and
 * WebAssembly compilation.
 */
const CONTENTION = 1.6

/**
 * Whether a pool pays for itself: what the other threads take off this one,
 * after contention, must outweigh starting a worker. With 2 cores that
 * takes about 1.5 s of estimated work (some 100 files); with more cores,
 * less.
 */
export function poolPays(estimatedSeconds: number, threads: number): boolean {
  return threads > 1 && estimatedSeconds * (1 - CONTENTION / threads) > WORKER_START
}

/** Batches per language, planned onto lanes where each finishes earliest. */
function plan(estimates: Estimate[], threads: number, setup: PoolSetup, withHere: boolean, warm: number): {lanes: Lane[]; total: number} {
  const loads = new Map<string, number>()
  const images = imageSizes()
  // Files of one language go together (a lane loads its dictionary once);
  // files that bring their own source (a project's pages) go with the
  // other translations of that source instead: the source is parsed once
  // per batch, and copied to the worker once (jobs of a batch share it).
  const groups = new Map<string, Estimate[]>()
  for (const entry of estimates) {
    const key = entry.job.source ? `source:${entry.job.source.key}` : `language:${entry.language}`
    const group = groups.get(key) ?? []
    group.push(entry)
    groups.set(key, group)
  }
  const batches: Planned[] = []
  const perBatch = Math.max(1, Math.min(MAX_BATCH, Math.ceil(estimates.length / (threads * 8))))
  for (const [key, group] of groups) {
    const size = key.startsWith('source:') ? MAX_BATCH : perBatch
    for (let start = 0; start < group.length; start += size) {
      const part = group.slice(start, start + size)
      batches.push({
        jobs: part.map(({job, index}) => ({job, index})),
        dictionaries: [...new Set(part.flatMap((entry) => entry.dictionaries))],
        cost: part.reduce((sum, entry) => sum + entry.cost, 0)
      })
    }
  }
  const setupCost = (batch: Planned, lane: Lane): number =>
    batch.dictionaries.filter((tag) => !lane.dictionaries.has(tag)).reduce((sum, tag) => sum + loadCost(tag, setup.config, loads, images) + LANGUAGE_WARM_UP, 0)
  // Longest first (batch and the dictionaries it needs), each to the lane
  // where it ends soonest.
  batches.sort((a, b) => (b.cost + setupCost(b, EMPTY)) - (a.cost + setupCost(a, EMPTY)))
  // This thread (lane 0) starts while the workers are still starting;
  // workers started ahead of need (prewarm.ts) are ready as soon as it is.
  const first = withHere ? 1 : 0
  const lanes: Lane[] = Array.from({length: threads}, (_, index) => ({queue: [], load: index < first + warm ? 0 : WORKER_START, dictionaries: new Set<string>()}))
  let total = 0
  for (const batch of batches) {
    let best = lanes[0]!
    let bestEnd = Infinity
    for (const lane of lanes) {
      const end = lane.load + setupCost(batch, lane) + batch.cost
      if (end < bestEnd) {
        best = lane
        bestEnd = end
      }
    }
    total += bestEnd - best.load
    best.load = bestEnd
    for (const tag of batch.dictionaries) best.dictionaries.add(tag)
    best.queue.push(batch)
  }
  return {lanes, total}
}

const EMPTY: Lane = {queue: [], load: 0, dictionaries: new Set()}

export interface PoolOptions {
  /** Threads in all, this one included when `here` is given. */
  threads: number
  /**
   * This thread's run: it then checks files too, as one of the lanes (its
   * modules are loaded already, and it works while the workers start).
   * Without it, only worker threads check files.
   */
  here?: RunContext
  /** The worker module (default: workerFile()). */
  filename?: string
  /** Use the pool even when the estimate says it does not pay (tests). */
  force?: boolean
  /** Files already read, by absolute path: their size is known without opening them. */
  contents?: ReadonlyMap<string, Uint8Array>
  /** Completes a job just before it is checked (a project's agreement, counted source by source). */
  prepare?: (job: FileJob) => Promise<void>
}

/**
 * Check files on several threads. Resolves to one outcome per job, in job
 * order, or to undefined when a pool does not pay (or no worker module is
 * found): the caller then checks in its own thread.
 */
export async function checkInPool(jobs: FileJob[], setup: PoolSetup, options: PoolOptions): Promise<FileOutcome[] | undefined> {
  const filename = options.filename ?? workerFile()
  const threads = Math.min(options.threads, jobs.length)
  if (!filename || threads < 2) return undefined
  const estimates = await Promise.all(jobs.map((job, index) => estimate(job, index, setup, options.contents)))
  let {lanes, total} = plan(estimates, threads, setup, options.here !== undefined, warmCount(filename))
  if (!options.force && !poolPays(total, threads)) return undefined
  // A long run is checked by workers only: their young generation is sized
  // for it (prewarm.ts), this thread's is V8's default and cannot change.
  const here = total < WORKERS_ONLY_FROM ? options.here : undefined
  if (options.here && !here) ({lanes, total} = plan(estimates, threads, setup, false, warmCount(filename)))

  const outcomes: Array<FileOutcome | undefined> = new Array(jobs.length)
  // Lane 0 is this thread when it takes part; the others are one-thread
  // pools, so that a lane keeps its worker and the dictionaries loaded there.
  const first = here ? 1 : 0
  const pools = lanes.slice(first).map(() => takeWarm(filename) ?? startLane(filename))
  const runBatch = async (laneIndex: number, batch: Planned): Promise<FileOutcome[]> => {
    const batchJobs = batch.jobs.map(({job}) => job)
    if (options.prepare) for (const job of batchJobs) await options.prepare(job)
    if (here && laneIndex === 0) {
      const results: FileOutcome[] = []
      for (const job of batchJobs) results.push(await checkFile(job, here, 'sync'))
      return results
    }
    const task: Batch = {setup, jobs: batchJobs}
    return await pools[laneIndex - first]!.run(task) as FileOutcome[]
  }
  // A lane out of work takes the last batch of the lane with the most left.
  const next = (lane: Lane): Planned | undefined => {
    const own = lane.queue.shift()
    if (own) return own
    const busiest = lanes.reduce((a, b) => (remaining(b) > remaining(a) ? b : a))
    return busiest.queue.pop()
  }
  // A worker lane has its next batch waiting in its pool while it checks
  // one, so that it never waits for this thread between batches.
  const drive = async (laneIndex: number): Promise<void> => {
    const lane = lanes[laneIndex]!
    const depth = here && laneIndex === 0 ? 1 : 2
    const inFlight = new Set<Promise<void>>()
    const start = (batch: Planned): void => {
      const done: Promise<void> = runBatch(laneIndex, batch).then((results) => {
        batch.jobs.forEach(({index}, position) => {
          outcomes[index] = results[position]
        })
      }, (error: unknown) => {
        // A worker that crashed (out of memory, a bug): its files are
        // reported as failed and the others go on in a fresh worker.
        for (const {job, index} of batch.jobs) outcomes[index] = {result: failedResult(job.display, error), ioError: true}
      }).finally(() => inFlight.delete(done))
      inFlight.add(done)
    }
    for (;;) {
      while (inFlight.size < depth) {
        const batch = next(lane)
        if (!batch) break
        start(batch)
      }
      if (inFlight.size === 0) return
      await Promise.race(inFlight)
    }
  }
  try {
    await Promise.all(lanes.map((_, index) => drive(index)))
  } finally {
    await Promise.all(pools.map((pool) => pool.destroy()))
  }
  return outcomes.map((outcome, index) => outcome ?? {result: failedResult(jobs[index]!.display, new Error('the worker returned no result')), ioError: true})
}

function remaining(lane: Lane): number {
  return lane.queue.reduce((sum, batch) => sum + batch.cost, 0)
}
