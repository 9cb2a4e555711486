/**
 * Small numbers written as words: `trois fois` for `3X`, `dos tipos` for
 * `2 types`, Chinese `三倍`. Most style guides spell out numbers below ten,
 * so a translation may write a word where the source has digits (and the
 * other way round). Only two to ten: `one` is also the article (`un`,
 * `ein`, `um`) in most languages, and a year spelled out stays a finding.
 *
 * Sources: the `spellout-numbering` rule sets of Unicode CLDR's rule-based
 * number formats (`common/rbnf/<language>.xml`), with the gender and case
 * forms of the languages' grammars (Portuguese `dois`/`duas`, Russian
 * `два`/`две`/`двух`). Left out, because they are more often other words:
 * French `neuf` (new), Italian `sei` (you are), Catalan `set` (thirst),
 * `nou` (new) and `deu` (owes), German `acht` (heed), Turkish `on`, Korean
 * `네` (yes) and `열` (heat), Persian `نه` (no) and `ده` (village),
 * Vietnamese `năm` (year).
 *
 * Each language lists 1 (empty), 2, 3, … separated by `|`, as in
 * src/text/ordinals.ts.
 */
import {cjkValue, wordTables, type NumberWord} from './ordinals.js'

const CARDINALS: Record<string, string> = {
  en: '| two | three | four | five | six | seven | eight | nine | ten',
  fr: '| deux | trois | quatre | cinq | six | sept | huit | | dix',
  es: '| dos | tres | cuatro | cinco | seis | siete | ocho | nueve | diez',
  pt: '| dois duas | três | quatro | cinco | seis | sete | oito | nove | dez',
  it: '| due | tre | quattro | cinque | | sette | otto | nove | dieci',
  ca: '| dos dues | tres | quatre | cinc | sis | | vuit | |',
  de: '| zwei | drei | vier | fünf | sechs | sieben | | neun | zehn',
  nl: '| twee | drie | vier | vijf | zes | zeven | acht | negen | tien',
  af: '| twee | drie | vier | vyf | ses | sewe | agt | nege | tien',
  ro: '| doi două | trei | patru | cinci | șase | șapte | opt | nouă | zece',
  pl: '| dwa dwie dwóch | trzy trzech | cztery czterech | pięć | sześć | siedem | osiem | dziewięć | dziesięć',
  cs: '| dva dvě dvou | tři tří | čtyři | pět | šest | sedm | osm | devět | deset',
  ru: '| два две двух | три трёх трех | четыре четырёх | пять | шесть | семь | восемь | девять | десять',
  uk: '| два дві двох | три трьох | чотири | п’ять | шість | сім | вісім | дев’ять | десять',
  bg: '| два две | три | четири | пет | шест | седем | осем | девет | десет',
  el: '| δύο | τρία τρεις | τέσσερα τέσσερις | πέντε | έξι | επτά εφτά | οκτώ οχτώ | εννέα εννιά | δέκα',
  sv: '| två | tre | fyra | fem | sex | sju | åtta | nio | tio',
  tr: '| iki | üç | dört | beş | altı | yedi | sekiz | dokuz |',
  id: '| dua | tiga | empat | lima | enam | tujuh | delapan | sembilan | sepuluh',
  vi: '| hai | ba | bốn | | sáu | bảy | tám | chín | mười',
  ko: '| 두 둘 | 세 셋 | 넷 | 다섯 | 여섯 | 일곱 | 여덟 | 아홉 |',
  ar: '| اثنان اثنين اثنتان | ثلاثة ثلاث | أربعة أربع | خمسة خمس | ستة ست | سبعة سبع | ثمانية | تسعة تسع | عشرة عشر',
  fa: '| دو | سه | چهار | پنج | شش | هفت | هشت | |',
  he: '| שתיים שניים שתי | שלוש שלושה | ארבע ארבעה | חמש חמישה | שש שישה | שבע שבעה | שמונה | תשע תשעה | עשר עשרה',
  hi: '| दो | तीन | चार | पाँच पांच | छह छः | सात | आठ | नौ | दस',
  mr: '| दोन | तीन | चार | पाच | सहा | सात | आठ | नऊ | दहा',
  ur: '| دو | تین | چار | پانچ | چھ | سات | آٹھ | نو | دس'
}

const tableOf = wordTables(CARDINALS)

/**
 * Chinese and Japanese numerals before a counter (`三倍` three times, `两个`
 * two of, `五年` five years, `三つ`) or before `大` (`四大` the Big 4, `十大`
 * the top ten); without one they are parts of words (`十分` very). Not `一` (`一个` is "a"), nor after `第` (an ordinal).
 */
const CJK_CARDINAL = /(?<![第一二三四五六七八九十百千万〇零两兩])([两兩二三四五六七八九十]{1,3})(?=[倍个個次种種年天本章页頁条條位名件份人つ大])/gu

/**
 * The small cardinals (2 to 10; 99 in Chinese and Japanese) in a word of a
 * language (its primary subtag): the word itself (`trois`, `Dos`), or each
 * numeral before a counter in Chinese and Japanese.
 */
export function cardinalsIn(word: string, language: string): NumberWord[] {
  if (language === 'zh' || language === 'ja') {
    const found: NumberWord[] = []
    for (const match of word.matchAll(CJK_CARDINAL)) {
      const value = cjkValue(match[1]!)
      if (value !== undefined) found.push({value, text: match[1]!, offset: match.index})
    }
    return found
  }
  const value = tableOf(language)?.get(word.toLowerCase())
  return value === undefined ? [] : [{value, text: word, offset: 0}]
}
