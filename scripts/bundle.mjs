/**
 * One esbuild configuration for the two bundles: the CLI's (build/bundle/,
 * made by `npm ci` through `prepare`) and the Action's (dist/, committed).
 *
 * A bundle loads in about half the time of the same code as separate
 * modules, which matters for a CLI that starts a process (and workers) per
 * run. Entries share code through chunks; the worker entry (worker.js)
 * sits next to the others, where src/run/pool.ts looks for it. tinypool
 * starts its own worker script from `entry/worker.js` next to its code, so
 * that script and the chunks it imports are copied beside the bundle.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {build} from 'esbuild'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * zod's namespace re-exports its 40 message locales (`z.locales`), which
 * a bundler cannot drop: a quarter of the code to compile at every start.
 * translint only ever uses English, zod's default.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({filter: /^\.\.\/locales\/index\.js$/}, (args) => {
      if (!args.importer.includes(`${path.sep}node_modules${path.sep}zod${path.sep}`)) return undefined
      // A path without the checkout's folder: the bundle names it in a comment.
      return {path: 'zod/locales/en-only.js', namespace: 'zod-locales', pluginData: path.join(path.dirname(args.importer), '..', 'locales')}
    })
    build.onLoad({filter: /.*/, namespace: 'zod-locales'}, (args) => ({
      contents: "export {default as en} from './en.js'\n",
      resolveDir: args.pluginData,
      loader: 'js'
    }))
  }
}

/**
 * iso-639-3's table of 7,900 languages as one JSON.parse of a string: V8
 * parses JSON faster than the same data written as an object literal.
 */
const isoAsJson = {
  name: 'iso-639-3-as-json',
  setup(build) {
    build.onLoad({filter: /[\\/]node_modules[\\/]iso-639-3[\\/]iso6393\.js$/}, async (args) => {
      const {iso6393} = await import(pathToFileURL(args.path).href)
      return {contents: `export const iso6393 = JSON.parse(${JSON.stringify(JSON.stringify(iso6393))})\n`, loader: 'js'}
    })
  }
}

/** Bundle `entries` ({name: source}) into `outdir`, deterministically. */
export async function bundle(entries, outdir) {
  await build({
    entryPoints: Object.entries(entries).map(([out, source]) => ({out, in: path.join(root, source)})),
    outdir,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'eof',
    logLevel: 'warning',
    plugins: [zodEnglishOnly, isoAsJson],
    // CommonJS dependencies (hunspell-asm) use require, __dirname, __filename.
    banner: {
      js: [
        "import {createRequire as __translintCreateRequire} from 'node:module';",
        "import {fileURLToPath as __translintFileURLToPath} from 'node:url';",
        "import {dirname as __translintDirname} from 'node:path';",
        'const require = __translintCreateRequire(import.meta.url);',
        'const __filename = __translintFileURLToPath(import.meta.url);',
        'const __dirname = __translintDirname(__filename);'
      ].join('\n')
    }
  })
  // tinypool's worker script, where its bundled code looks for it (`entry/`
  // next to the file that holds tinypool: every file of the bundle is in
  // `outdir`), with the modules it imports.
  const tinypool = path.join(root, 'node_modules', 'tinypool', 'dist')
  fs.mkdirSync(path.join(outdir, 'entry'), {recursive: true})
  fs.copyFileSync(path.join(tinypool, 'entry', 'worker.js'), path.join(outdir, 'entry', 'worker.js'))
  for (const file of fs.readdirSync(tinypool)) {
    if (/^(common|utils)-.*\.js$/.test(file)) fs.copyFileSync(path.join(tinypool, file), path.join(outdir, file))
  }
  fs.copyFileSync(path.join(root, 'node_modules', 'tinypool', 'LICENSE'), path.join(outdir, 'entry', 'LICENSE.tinypool'))
  // hunspell's WebAssembly as a file, compiled once per thread
  // (src/dictionaries/hunspell.ts looks for it beside the bundle).
  const runtime = fs.readFileSync(path.join(root, 'node_modules', 'hunspell-asm', 'dist', 'cjs', 'lib', 'node', 'hunspell.js'), 'latin1')
  const inlined = /data:application\/octet-stream;base64,([A-Za-z\d+/=]+)/.exec(runtime)
  if (!inlined) throw new Error('hunspell-asm: the WebAssembly binary is not inlined in its runtime any more')
  fs.writeFileSync(path.join(outdir, 'hunspell.wasm'), Buffer.from(inlined[1], 'base64'))
}
