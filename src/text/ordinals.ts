/**
 * Ordinal words and the numbers they stand for: French writes `Article
 * premier` for `Article 1`, Chinese `第二个域` for `field 2`. Only the first
 * few ordinals of common languages, written as one word; abbreviations with
 * digits (`1er`, `1re`, `1º`, `1.ª`, `2nd`, `3.`) are digit numbers already.
 *
 * Sources: the `spellout-ordinal` rule sets of Unicode CLDR's rule-based
 * number formats (`common/rbnf/<language>.xml`) for the forms, and the
 * languages' standard grammars for the gender and case endings (German
 * `erste`/`erster`/`ersten`, Polish `pierwszy`/`pierwsza`/`pierwszego`).
 * Left out on purpose, because they are more often other words: Swedish
 * `andra` (others), German `achten` (to heed), Norwegian and Danish `andre`
 * (others). Chinese and Japanese write `第` and a numeral (`第一`, `第十二`).
 *
 * Each language lists the ordinals 1, 2, 3, … separated by `|`; forms of
 * one ordinal are separated by spaces, and `stem{a,b}` stands for `stema
 * stemb`.
 */
const ORDINALS: Record<string, string> = {
  en: 'first | second | third | fourth | fifth | sixth | seventh | eighth | ninth | tenth',
  fr: 'premier première | deuxième second seconde | troisième | quatrième | cinquième | sixième | septième | huitième | neuvième | dixième',
  es: 'primero primera primer | segundo segunda | tercero tercera tercer | cuarto cuarta | quinto quinta | sexto sexta | séptimo séptima | octavo octava | noveno novena | décimo décima',
  pt: 'primeiro primeira | segundo segunda | terceiro terceira | quarto quarta | quinto quinta | sexto sexta | sétimo sétima | oitavo oitava | nono nona | décimo décima',
  it: 'primo prima | secondo seconda | terzo terza | quarto quarta | quinto quinta | sesto sesta | settimo settima | ottavo ottava | nono nona | decimo decima',
  ca: 'primer primera | segon segona | tercer tercera | quart quarta | cinquè cinquena | sisè sisena | setè setena | vuitè vuitena | novè novena | desè desena',
  de: 'erst{e,er,en,es,em} | zweit{e,er,en,es,em} | dritt{e,er,en,es,em} | viert{e,er,en,es,em} | fünft{e,er,en,es,em} | ' +
    'sechst{e,er,en,es,em} | siebt{e,er,en,es,em} | acht{e,er,es,em} | neunt{e,er,en,es,em} | zehnt{e,er,en,es,em}',
  nl: 'eerste | tweede | derde | vierde | vijfde | zesde | zevende | achtste | negende | tiende',
  af: 'eerste | tweede | derde | vierde | vyfde | sesde | sewende | agtste | negende | tiende',
  ro: 'primul prima întâi întâiul întâia | doilea | treilea treia | patrulea patra | cincilea cincea',
  pl: 'pierwsz{y,a,e,ego,ej,emu,ym,ą} | drug{i,a,ie,iego,iej,iemu,im,ą} | trzec{i,ia,ie,iego,iej,iemu,im,ią}',
  cs: 'prvn{í,ího,ímu,ím} | druh{ý,á,é,ého,ému,ém,ým,ou} | třet{í,ího,ímu,ím}',
  sk: 'prv{ý,á,é,ého,ému,om,ým,ou} | druh{ý,á,é,ého,ému,om,ým,ou} | tret{í,ia,ie,ieho,iemu,om,ím,iu}',
  ru: 'перв{ый,ая,ое,ого,ому,ом,ым,ой,ую} | втор{ой,ая,ое,ого,ому,ом,ым,ую} | трет{ий,ья,ье,ьего,ьему,ьем,ьим,ьей,ью}',
  uk: 'перш{ий,а,е,ого,ому,ім,ої,ій,у} | друг{ий,а,е,ого,ому,ім,ої,ій,у} | трет{ій,я,є,ього,ьому,ім,ьої,ю}',
  bg: 'първ{и,а,о,ия,ият} | втор{и,а,о,ия,ият} | трет{и,а,о,ия,ият}',
  el: 'πρώτ{ος,η,ο,ου,ης,ον} | δεύτερ{ος,η,ο,ου,ης,ον} | τρίτ{ος,η,ο,ου,ης,ον}',
  sv: 'första | | tredje | fjärde | femte',
  tr: 'birinci ilk | ikinci | üçüncü | dördüncü | beşinci',
  id: 'pertama | kedua | ketiga | keempat | kelima',
  ko: '첫째 첫번째 첫 | 둘째 두번째 | 셋째 세번째',
  kk: 'бірінші | екінші | үшінші',
  uz: 'birinchi | ikkinchi | uchinchi',
  ar: 'الأول الأولى أول | الثاني الثانية | الثالث الثالثة | الرابع الرابعة | الخامس الخامسة | السادس السادسة | السابع السابعة | الثامن الثامنة | التاسع التاسعة | العاشر العاشرة',
  fa: 'اول نخست نخستین | دوم دومین | سوم سومین | چهارم چهارمین | پنجم پنجمین | ششم ششمین | هفتم هفتمین | هشتم هشتمین | نهم نهمین | دهم دهمین',
  he: 'ראשון ראשונה | שני שנייה | שלישי שלישית | רביעי רביעית | חמישי חמישית | שישי שישית | שביעי שביעית | שמיני שמינית | תשיעי תשיעית | עשירי עשירית',
  hi: 'पहला पहली | दूसरा | तीसरा तीसरी तीसरे | चौथा चौथी चौथे | पाँचवाँ पांचवां पाँचवीं पांचवीं | छठा छठी छठे | सातवाँ सातवां सातवीं | आठवाँ आठवां आठवीं | नौवाँ नौवां नौवीं | दसवाँ दसवां दसवीं',
  mr: 'पहिला पहिली | दुसरा दुसरी | तिसरा तिसरी | चौथा चौथी | पाचवा पाचवी | सहावा सहावी | सातवा सातवी | आठवा आठवी | नववा नववी | दहावा दहावी',
  ur: 'پہلا پہلی | دوسرا | تیسرا تیسری | چوتھا چوتھی | پانچواں پانچویں | چھٹا | ساتواں ساتویں | آٹھواں آٹھویں | نواں نویں | دسواں دسویں',
  bn: 'প্রথম | দ্বিতীয় | তৃতীয় | চতুর্থ | পঞ্চম | ষষ্ঠ | সপ্তম | অষ্টম | নবম | দশম',
  // Vietnamese writes `thứ` and the cardinal: `thứ tư` (fourth), `thứ hai`.
  vi: 'nhất | hai | ba | tư | năm | sáu | bảy | tám | chín | mười'
}

/**
 * Languages whose ordinal words are also other words count them only after
 * one of these: English ordinals are also adverbs (`sort first by`, `at
 * first`), so only `the third column`, `its second edition` (or a title,
 * `Sixth Edition`); Vietnamese ordinals are cardinals after `thứ`.
 */
const AFTER: Record<string, ReadonlySet<string>> = {
  en: new Set('the its their his her your our my this that each every'.split(' ')),
  vi: new Set(['thứ'])
}

/** `stem{a,b}` → `stema`, `stemb`; a plain form stands for itself. */
export function expandForms(form: string): string[] {
  const braces = /^(.+)\{(.+)\}$/.exec(form)
  if (!braces) return [form]
  return braces[2]!.split(',').map((ending) => braces[1]! + ending)
}

/**
 * The word → value table of each language from specs like `ORDINALS`
 * (values 1, 2, 3, … separated by `|`), built when first asked for.
 */
export function wordTables(specs: Record<string, string>): (language: string) => ReadonlyMap<string, number> | undefined {
  const tables = new Map<string, Map<string, number>>()
  return (language) => {
    let table = tables.get(language)
    if (table) return table
    const spec = specs[language]
    if (spec === undefined) return undefined
    const built = new Map<string, number>()
    spec.split('|').forEach((forms, index) => {
      for (const form of forms.trim().split(/\s+/)) if (form !== '') for (const word of expandForms(form)) built.set(word, index + 1)
    })
    tables.set(language, built)
    return built
  }
}

const tableOf = wordTables(ORDINALS)

let anyLanguage: Set<string> | undefined
/** Whether a word (any case) is an ordinal word of one of the languages (`premier`, `Erster`, `primeiro`). */
export function isOrdinalWord(word: string): boolean {
  if (!anyLanguage) {
    anyLanguage = new Set()
    for (const language of Object.keys(ORDINALS)) for (const key of tableOf(language)!.keys()) anyLanguage.add(key)
  }
  return anyLanguage.has(word.toLowerCase())
}
const CJK_DIGITS = '一二三四五六七八九'
const CJK_ORDINAL = /第([一二三四五六七八九十]{1,3})(?![一二三四五六七八九十百千万〇零两])/gu

/** The value of a Chinese numeral up to 99 (`三` 3, `十二` 12, `二十` 20, `二十一` 21, `两` 2), else undefined. */
export function cjkValue(numeral: string): number | undefined {
  if (numeral === '两' || numeral === '兩') return 2
  const match = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(numeral)
  if (!match) return undefined
  const [, tens, ten, units] = match
  if (!ten) return tens && !units ? CJK_DIGITS.indexOf(tens) + 1 : undefined
  return (tens ? CJK_DIGITS.indexOf(tens) + 1 : 1) * 10 + (units ? CJK_DIGITS.indexOf(units) + 1 : 0)
}

export interface NumberWord {
  value: number
  /** The number as written (`premier`, `第二`, `trois`, `三`). */
  text: string
  /** Offset of the number in the word. */
  offset: number
}

/**
 * The ordinals in a word of a language (its primary subtag, `fr`): the word
 * itself when it is one (`Première`), or each `第…` in Chinese and Japanese,
 * which write no spaces (`以第二个域为主关键字`). `previous` and `next`
 * are the words around it, when only spaces stand between them.
 */
export function ordinalsIn(word: string, language: string, previous?: string, next?: string): NumberWord[] {
  if (language === 'zh' || language === 'ja') {
    const found: NumberWord[] = []
    for (const match of word.matchAll(CJK_ORDINAL)) {
      const value = cjkValue(match[1]!)
      if (value !== undefined) found.push({value, text: match[0], offset: match.index})
    }
    return found
  }
  const value = tableOf(language)?.get(word.toLowerCase())
  if (value === undefined) return []
  const after = AFTER[language]
  if (after && !after.has(previous?.toLowerCase() ?? '') && !(language === 'en' && isTitle(word) && isTitle(next ?? ''))) return []
  return [{value, text: word, offset: 0}]
}

/** Capitalised (`Sixth`, `Edition`): a word of a title. */
function isTitle(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word)
}
