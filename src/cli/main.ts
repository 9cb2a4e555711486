/** The `translint` command: bin/translint.js runs the bundle of this module. */
import {run} from './index.js'

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env
})
