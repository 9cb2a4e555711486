/**
 * The `translint` command: bin/translint.js runs the bundle of this module.
 * Worker threads for several files start first, so that they load while
 * this thread loads the rest of translint.
 */
import {prewarm, releaseWarm, workerFile} from '../run/prewarm.js'
import {workersToWarm} from './warm.js'

const argv = process.argv.slice(2)
const workers = workersToWarm(argv, process.cwd())
const worker = workers > 0 ? workerFile() : undefined
if (worker) prewarm(worker, workers)

const {run} = await import('./index.js')
process.exitCode = await run(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env
})
await releaseWarm()
