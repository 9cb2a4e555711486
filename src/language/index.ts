/**
 * Languages: BCP 47 tags, their names and scripts, how franc names them,
 * and which languages identification cannot tell apart.
 */
import {iso6393, iso6393To1} from 'iso-639-3'
import {francAll} from 'franc'
import {francScores} from './trigrams.js'

export interface Language {
  /** Normalised BCP 47 tag, e.g. `sr`, `sr-Latn`, `pt-BR`. */
  tag: string
  /** Primary language subtag, e.g. `sr`. */
  base: string
  /** ISO 15924 script, e.g. `Cyrl`. */
  script: string
  /**
   * Other scripts the language is officially written in today, when the tag
   * names no script: Kazakh moves from Cyrillic to Latin, Uzbek is written
   * in Latin and in Cyrillic.
   */
  alsoWrittenIn?: string[]
  /** English name, e.g. `Serbian`. */
  name: string
  /** ISO 639-3 code as franc names it, e.g. `srp`. */
  franc: string
}

/** How a translation's language was decided: `--lang`, the config's `languages`, the file name, identification, or not at all. */
export const LANGUAGE_SOURCES = ['option', 'config', 'filename', 'content', 'default'] as const
export type LanguageSource = (typeof LANGUAGE_SOURCES)[number]

const by1 = new Map<string, (typeof iso6393)[number]>()
const by3 = new Map<string, (typeof iso6393)[number]>()
for (const entry of iso6393) {
  by3.set(entry.iso6393, entry)
  if (entry.iso6391) by1.set(entry.iso6391, entry)
}

/** Macrolanguages whose texts franc names by one member. */
const FRANC_MEMBER: Record<string, string> = {
  ms: 'zlm', msa: 'zlm', zsm: 'zlm', no: 'nob', nb: 'nob', nn: 'nno', sq: 'als', et: 'ekk', lv: 'lvs', sw: 'swh',
  uz: 'uzn', az: 'azj', fa: 'pes', ar: 'arb', zh: 'cmn', mn: 'khk', ne: 'npi', mg: 'plt', ps: 'pbu', yi: 'ydd',
  qu: 'quz', om: 'gaz', ku: 'kmr', fil: 'tgl', ff: 'fuf', kr: 'knc', ay: 'ayr', gn: 'gug', kv: 'koi', iu: 'ike',
  lah: 'skr', hbs: 'hrv', sh: 'hrv'
}
const FROM_FRANC: Record<string, string> = {
  zlm: 'ms', nob: 'nb', nno: 'nn', als: 'sq', ekk: 'et', lvs: 'lv', swh: 'sw', uzn: 'uz', azj: 'az', pes: 'fa',
  prs: 'fa', arb: 'ar', cmn: 'zh', khk: 'mn', npi: 'ne', plt: 'mg', pbu: 'ps', ydd: 'yi', quz: 'qu', quy: 'qu',
  gaz: 'om', kmr: 'ku', ckb: 'ckb', fuf: 'ff', fuv: 'ff', knc: 'kr', ayr: 'ay', koi: 'kv', skr: 'skr'
}

/**
 * Languages that identification cannot tell apart in the same script: a
 * text declared as one of them and identified as another is not wrong.
 */
const INDISTINCT: string[][] = [
  ['hrv', 'srp', 'bos', 'cnr'],
  ['zlm', 'ind', 'zsm', 'min'],
  ['nob', 'nno', 'nor'],
  ['tgl', 'fil'],
  ['fuf', 'fuv'],
  ['quz', 'quy'],
  ['eng', 'sco'],
  ['ekk', 'est']
]

/**
 * Languages written in a second script by law or in transition, accepted
 * when the tag names no script (`kk-Cyrl` names one). Serbian is written in
 * both scripts too, but Cyrillic is its official script and `sr-Latn` says
 * Latin: it keeps one.
 */
const ALSO_WRITTEN_IN: Record<string, string[]> = {kk: ['Latn'], uz: ['Cyrl']}

/** Default script per primary language (CLDR's likely script). */
const SCRIPTS: Record<string, string> = {
  sr: 'Cyrl', ru: 'Cyrl', uk: 'Cyrl', be: 'Cyrl', bg: 'Cyrl', mk: 'Cyrl', kk: 'Cyrl', ky: 'Cyrl', tg: 'Cyrl',
  mn: 'Cyrl', tt: 'Cyrl', ba: 'Cyrl', cv: 'Cyrl', ce: 'Cyrl', os: 'Cyrl', kv: 'Cyrl',
  el: 'Grek', ar: 'Arab', fa: 'Arab', ur: 'Arab', ps: 'Arab', ug: 'Arab', sd: 'Arab', ckb: 'Arab', skr: 'Arab',
  he: 'Hebr', yi: 'Hebr', hi: 'Deva', mr: 'Deva', ne: 'Deva', sa: 'Deva', mai: 'Deva', bho: 'Deva',
  bn: 'Beng', as: 'Beng', pa: 'Guru', gu: 'Gujr', or: 'Orya', ta: 'Taml', te: 'Telu', kn: 'Knda', ml: 'Mlym',
  si: 'Sinh', th: 'Thai', lo: 'Laoo', km: 'Khmr', my: 'Mymr', bo: 'Tibt', dz: 'Tibt', ka: 'Geor', hy: 'Armn',
  am: 'Ethi', ti: 'Ethi', ko: 'Kore', ja: 'Jpan', zh: 'Hans', dv: 'Thaa', chr: 'Cher'
}

export class LanguageError extends Error {}

const TAG = /^([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}|\d{3}))?(?:[-_][a-z\d]{5,8})*$/i

/**
 * Resolve a BCP 47 tag (`sr`, `sr-Latn`, `pt_BR`, `zh-Hant`). Throws a
 * LanguageError naming the tag when it is not a known language.
 */
export function resolveLanguage(tag: string): Language {
  const match = TAG.exec(tag.trim())
  const primary = match?.[1]?.toLowerCase()
  const entry = primary ? (primary.length === 2 ? by1.get(primary) : by3.get(primary)) : undefined
  if (!match || !primary || !entry) {
    throw new LanguageError(`Unknown language tag \`${tag}\`: expected a BCP 47 tag such as \`sr\`, \`sr-Latn\`, \`pt-BR\``)
  }
  const base = entry.iso6391 ?? entry.iso6393
  const scriptSubtag = match[2] ? match[2][0]!.toUpperCase() + match[2].slice(1).toLowerCase() : undefined
  const region = match[3]?.toUpperCase()
  let script = scriptSubtag ?? SCRIPTS[base] ?? 'Latn'
  if (!scriptSubtag && base === 'zh' && (region === 'TW' || region === 'HK' || region === 'MO')) script = 'Hant'
  const parts = [base]
  if (scriptSubtag) parts.push(scriptSubtag)
  if (region) parts.push(region)
  return {
    tag: parts.join('-'),
    base,
    script,
    ...(!scriptSubtag && ALSO_WRITTEN_IN[base] ? {alsoWrittenIn: ALSO_WRITTEN_IN[base]} : {}),
    name: entry.name.replace(/ \([^)]*\)$/, ''),
    franc: FRANC_MEMBER[base] ?? entry.iso6393
  }
}

/** Whether identification can tell `a` and `b` (franc codes) apart. */
export function distinguishable(a: string, b: string): boolean {
  if (a === b) return false
  return !INDISTINCT.some((group) => group.includes(a) && group.includes(b))
}

/** A franc code (and the script it was found in) as a Language. */
export function fromFranc(code: string, script?: string): Language | undefined {
  const two = FROM_FRANC[code] ?? iso6393To1[code] ?? code
  try {
    const base = resolveLanguage(two)
    if (script && script !== base.script && !(base.script.length === 4 && script === 'Hani')) {
      return resolveLanguage(`${base.base}-${script}`)
    }
    return base
  } catch {
    return undefined
  }
}

/**
 * Language from a path: `sr.txt`, `mission.sr.txt`, `README.sr.md`,
 * `README-sr.md`, `README_pt-BR.md`, `sr/mission.txt`, `sr-Latn/mission.txt`.
 * Only two-letter codes (with optional script and region) are trusted, so
 * words such as `doc` or `lib` are never taken for languages.
 */
export function languageFromPath(path: string): Language | undefined {
  const parts = path.split(/[\\/]/)
  const aliased = aliasFromPath(parts)
  if (aliased) return aliased
  const file = parts[parts.length - 1] ?? ''
  const stem = file.replace(/\.[^.]+$/, '')
  const candidates: string[] = []
  // The whole stem (`sr`, `pt-BR`), then its last `.`/`-`/`_` separated tail.
  candidates.push(stem)
  const dot = stem.split('.')
  if (dot.length > 1) candidates.push(dot[dot.length - 1]!)
  const tail = /[-_.]([a-z]{2}(?:[-_](?:[A-Za-z]{4}|[A-Z]{2}))?(?:[-_][A-Z]{2})?)$/.exec(stem)
  if (tail) candidates.push(tail[1]!)
  const directory = parts[parts.length - 2]
  if (directory) candidates.push(directory)
  for (const candidate of candidates) {
    if (!/^[a-z]{2}(?:[-_](?:[A-Za-z]{4}|[A-Za-z]{2}))?(?:[-_][A-Za-z]{2})?$/.test(candidate)) continue
    try {
      return resolveLanguage(candidate)
    } catch {
      // Not a language: try the next candidate.
    }
  }
  return undefined
}

/**
 * Country codes and run-together tags that projects use in file names for
 * languages (`README-cn.md`, `README-tw.md`, `README-ptbr.md`). Only these
 * well-known conventions are read; `tw` alone would otherwise be Twi.
 */
export const FILE_NAME_ALIASES: Readonly<Record<string, string>> = {
  cn: 'zh-Hans', 'zh-cn': 'zh-Hans', zhcn: 'zh-Hans', 'zh_cn': 'zh-Hans', tw: 'zh-Hant', 'zh-tw': 'zh-Hant', zhtw: 'zh-Hant',
  'zh_tw': 'zh-Hant', hk: 'zh-Hant', kh: 'km', jp: 'ja', kr: 'ko', ua: 'uk', gr: 'el', cz: 'cs', vn: 'vi', ptbr: 'pt-BR',
  'pt_br': 'pt-BR', 'pt-br': 'pt-BR', dk: 'da', ir: 'fa', ge: 'ka'
}

function aliasFromPath(parts: string[]): Language | undefined {
  const file = parts[parts.length - 1] ?? ''
  const stem = file.replace(/\.[^.]+$/, '')
  const tail = /[-_.]([a-z]{2,4}(?:[-_][a-z]{2})?)$/i.exec(stem)?.[1]?.toLowerCase()
  const alias = tail ? FILE_NAME_ALIASES[tail] : undefined
  return alias ? resolveLanguage(alias) : undefined
}

export interface Identification {
  /** Best guess, or undefined when the text is too short or unknown. */
  language?: Language
  /** franc's scores, best first (1 = best). */
  scores: Array<[string, number]>
}

/** Identify the language of prose with franc (trigrams, first 2048 chars). */
export function identify(text: string, script?: string): Identification {
  const scores = francScores(text, 20)
  const best = scores[0]
  if (!best || best[0] === 'und') return {scores: []}
  const language = fromFranc(best[0], script)
  return language ? {language, scores} : {scores}
}

let francLanguages: Map<string, Set<string>> | undefined

/** Scripts (franc's names) in which franc knows each language. */
async function loadFrancLanguages(): Promise<Map<string, Set<string>>> {
  if (francLanguages) return francLanguages
  const {data} = (await import('franc/data.js')) as {data: Record<string, Record<string, string>>}
  francLanguages = new Map()
  for (const [script, languages] of Object.entries(data)) {
    for (const code of Object.keys(languages)) {
      const set = francLanguages.get(code) ?? new Set<string>()
      set.add(script)
      francLanguages.set(code, set)
    }
  }
  return francLanguages
}

/**
 * Whether identification can recognise a language at all. franc also
 * recognises languages that own a script outright (Greek, Thai, …) without
 * trigram data.
 */
export async function identifiable(language: Language): Promise<boolean> {
  const known = await loadFrancLanguages()
  if (known.has(language.franc)) return true
  return ['Grek', 'Thai', 'Hang', 'Kore', 'Geor', 'Armn', 'Jpan', 'Hans', 'Hant', 'Khmr', 'Laoo', 'Sinh', 'Taml', 'Telu', 'Knda', 'Mlym', 'Gujr', 'Guru', 'Orya', 'Beng', 'Tibt'].includes(language.script)
}

/** The most likely of a few languages (franc codes) for a short text. */
export function identifyAmong(text: string, codes: string[]): string | undefined {
  const best = francAll(text, {minLength: 10, only: codes})[0]
  return best && best[0] !== 'und' ? best[0] : undefined
}
