// The Action's entry point: everything happens in run().
import {run} from './run.js'

await run()
