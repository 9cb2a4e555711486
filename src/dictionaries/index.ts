/**
 * Hunspell dictionaries: found per language, loaded lazily, once per
 * process, and shared by every rule (`untranslated`, `spelling`).
 *
 * Where a dictionary comes from, in order:
 * 1. `dictionaries` in the config: an npm package name or a path to
 *    `.aff`/`.dic` without the extension;
 * 2. the dictionaries shipped in this repository (`dictionaries/<lang>/`);
 * 3. an installed `dictionary-<lang>` npm package (`dictionary-sr-latn`);
 * 4. the system's hunspell folders (`/usr/share/hunspell`, …).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Language} from '../language/index.js'
import {createSpeller, type Speller, type DictionaryData} from './backend.js'
import {ImageStore, imageDirectory} from './images.js'

export type {Speller} from './backend.js'

const here = path.dirname(fileURLToPath(import.meta.url))

/** The repository's own dictionaries (Afrikaans, Tagalog). */
export function bundledDictionaryRoot(): string {
  // build/src/dictionaries or src/dictionaries → repository root.
  let directory = here
  for (let depth = 0; depth < 5; depth++) {
    const candidate = path.join(directory, 'dictionaries')
    if (fs.existsSync(path.join(candidate, 'README.md'))) return candidate
    directory = path.dirname(directory)
  }
  return path.join(here, '..', '..', 'dictionaries')
}

export const SYSTEM_FOLDERS = ['/usr/share/hunspell', '/usr/share/myspell', '/usr/share/myspell/dicts', '/Library/Spelling']

export interface DictionaryLocation {
  /** What was found, for messages: a package name or a path. */
  origin: string
  /** The .aff/.dic path without extension. */
  files: string
  load(): Promise<DictionaryData>
}

export class DictionaryError extends Error {}

/** Names to try for a language: `sr-Latn` → `sr-latn`, `sr`. */
function candidates(language: Language): string[] {
  const names = [language.tag.toLowerCase()]
  if (language.script !== 'Latn' && language.tag.toLowerCase() !== language.base) {
    // Script-specific tags must not fall back to another script.
  } else if (language.tag.toLowerCase() !== language.base) {
    names.push(language.base)
  }
  if (language.base === 'sr' && language.script === 'Latn' && !names.includes('sr-latn')) names.unshift('sr-latn')
  return [...new Set(names)]
}

/** Find a dictionary for a language, or undefined. */
export function locateDictionary(language: Language, configured: Record<string, string> = {}, root = process.cwd()): DictionaryLocation | undefined {
  const setting = configured[language.tag] ?? configured[language.base]
  if (setting) return fromSetting(setting, root)

  for (const name of candidates(language)) {
    const folder = path.join(bundledDictionaryRoot(), name)
    if (fs.existsSync(path.join(folder, 'index.dic'))) return fromFiles(path.join(folder, 'index'), `dictionaries/${name}`)
  }
  for (const name of candidates(language)) {
    const found = fromPackage(`dictionary-${name}`)
    if (found) return found
  }
  for (const folder of SYSTEM_FOLDERS) {
    for (const stem of systemStems(language)) {
      const base = path.join(folder, stem)
      if (fs.existsSync(`${base}.dic`) && fs.existsSync(`${base}.aff`)) return fromFiles(base, base)
    }
  }
  return undefined
}

/** File stems the system uses: `sr_RS`, `af_ZA`, `en_US`, `tl`. */
function systemStems(language: Language): string[] {
  const stems = [language.tag.replace('-', '_'), language.base]
  if (language.base === 'sr' && language.script === 'Latn') return ['sr_Latn_RS', 'sr-Latn']
  const regions: Record<string, string> = {en: 'US', af: 'ZA', sr: 'RS', de: 'DE', fr: 'FR', es: 'ES', pt: 'PT', it: 'IT', nl: 'NL', ru: 'RU', ca: 'ES', hr: 'HR', tl: 'PH'}
  const region = regions[language.base]
  if (region) stems.push(`${language.base}_${region}`)
  return stems
}

/** Whether a configured dictionary (a package or a path) can be found. */
export function dictionaryExists(setting: string, root: string): boolean {
  const base = path.resolve(root, setting)
  return (fs.existsSync(`${base}.dic`) && fs.existsSync(`${base}.aff`)) || fromPackage(setting, root) !== undefined
}

function fromSetting(setting: string, root: string): DictionaryLocation {
  const base = path.resolve(root, setting)
  if (fs.existsSync(`${base}.dic`)) return fromFiles(base, setting)
  const found = fromPackage(setting, root)
  if (found) return found
  throw new DictionaryError(`dictionary \`${setting}\` not found: expected an installed npm package or \`${base}.aff\` and \`${base}.dic\``)
}

function fromFiles(base: string, origin: string): DictionaryLocation {
  return {
    origin,
    files: base,
    async load() {
      const [aff, dic] = await Promise.all([fs.promises.readFile(`${base}.aff`), fs.promises.readFile(`${base}.dic`)])
      return {aff, dic}
    }
  }
}

/**
 * `dictionary-*` packages ship `index.aff` and `index.dic`. Their
 * package.json `exports` hide the files from `require.resolve`, so look in
 * the `node_modules` folders above this module and above `root`.
 */
function fromPackage(name: string, root?: string): DictionaryLocation | undefined {
  if (!/^(?:@[a-z\d._-]+\/)?[a-z\d._-]+$/i.test(name)) return undefined
  for (const start of root ? [root, here] : [here]) {
    let directory = path.resolve(start)
    for (;;) {
      const candidate = path.join(directory, 'node_modules', name)
      if (fs.existsSync(path.join(candidate, 'index.dic'))) return fromFiles(path.join(candidate, 'index'), name)
      const parent = path.dirname(directory)
      if (parent === directory) break
      directory = parent
    }
  }
  return undefined
}

/**
 * Spellers per language, loaded once and shared; concurrent callers share
 * one pending load. A dictionary that fails to load is remembered as absent.
 */
export class DictionaryCache {
  private readonly loads = new Map<string, Promise<Speller | undefined>>()
  private readonly origins = new Map<string, string>()
  private images: ImageStore | undefined | null = null
  constructor(private readonly configured: Record<string, string> = {}, private readonly root = process.cwd()) {}

  speller(language: Language): Promise<Speller | undefined> {
    const key = language.tag
    let pending = this.loads.get(key)
    if (!pending) {
      pending = this.load(language)
      this.loads.set(key, pending)
    }
    return pending
  }

  /** Where the dictionary of a language came from (after `speller`). */
  origin(language: Language): string | undefined {
    return this.origins.get(language.tag)
  }

  private async load(language: Language): Promise<Speller | undefined> {
    const found = locateDictionary(language, this.configured, this.root)
    if (!found) return undefined
    this.origins.set(language.tag, found.origin)
    try {
      if (this.images === null) {
        const directory = imageDirectory(process.cwd())
        this.images = directory ? new ImageStore(directory) : undefined
      }
      return await createSpeller(language.tag, await found.load(), this.images)
    } catch {
      // Unreadable files: remembered as no dictionary, as for a language
      // without one (the rules say so once per file).
      return undefined
    }
  }
}

/** One cache per process: dictionaries are large, load them once. */
let shared: DictionaryCache | undefined
export function sharedDictionaries(configured: Record<string, string> = {}, root = process.cwd()): DictionaryCache {
  if (Object.keys(configured).length > 0) return new DictionaryCache(configured, root)
  shared ??= new DictionaryCache()
  return shared
}
