/**
 * The worker of the pool (src/run/pool.ts): checks a batch of files. A
 * worker keeps what it built between batches of the same run: the parsed
 * source and the dictionaries, each loaded once per worker.
 */
import {rules} from '../../rules/index.js'
import {sharedDictionaries} from '../dictionaries/index.js'
import {prepareSource} from '../lint/engine.js'
import {checkFile, type FileJob, type FileOutcome, type RunContext} from './check-file.js'
import type {PoolSetup} from './pool.js'

export interface Batch {
  setup: PoolSetup
  jobs: FileJob[]
}

const runs = new Map<string, RunContext>()

function contextFor(setup: PoolSetup): RunContext {
  let run = runs.get(setup.key)
  if (!run) {
    const dictionaries = sharedDictionaries(setup.config.dictionaries, setup.config.root)
    run = {
      config: setup.config,
      rules,
      resources: {speller: (language) => dictionaries.speller(language)},
      ...(setup.lang ? {lang: setup.lang} : {}),
      ...(setup.review ? {review: true} : {}),
      ...(setup.source ? {source: prepareSource(setup.source.text, setup.source)} : {})
    }
    // One run at a time in practice; keep the last few.
    if (runs.size >= 4) runs.delete(runs.keys().next().value!)
    runs.set(setup.key, run)
  }
  return run
}

export default async function checkBatch(batch: Batch): Promise<FileOutcome[]> {
  const run = contextFor(batch.setup)
  const outcomes: FileOutcome[] = []
  // Synchronous reads: this thread has nothing else to do meanwhile.
  for (const job of batch.jobs) outcomes.push(await checkFile(job, run, 'sync'))
  return outcomes
}
