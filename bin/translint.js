#!/usr/bin/env node
// The translint command. The code is compiled to build/ by `npm ci` (the
// `prepare` script) or `npm run build:lib`.
import {run} from '../build/src/cli/index.js'

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env
})
process.exitCode = code
