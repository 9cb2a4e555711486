/**
 * The CLI's bundle in build/bundle/ (run by `prepare`, so by `npm ci`):
 * cli.js for bin/translint.js and worker.js for the worker threads.
 */
import fs from 'node:fs'
import path from 'node:path'
import {bundle, root} from './bundle.mjs'

const outdir = path.join(root, 'build', 'bundle')
fs.rmSync(outdir, {recursive: true, force: true})
await bundle({cli: 'src/cli/main.ts', worker: 'src/run/worker.ts', 'suggest-worker': 'src/dictionaries/suggest-worker.ts'}, outdir)
