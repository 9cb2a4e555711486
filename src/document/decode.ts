/**
 * Bytes to text: UTF-8 (with or without a byte order mark) and UTF-16 LE/BE
 * with a byte order mark. Anything else is reported, never guessed.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be'

export type Decoded =
  | {ok: true; text: string; encoding: Encoding}
  | {ok: false; reason: string; note: string}

/** How much of the file to sample when deciding that it is binary. */
const SAMPLE = 65536

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be')

  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes

  const binary = binaryReason(body)
  if (binary) return binary

  try {
    const text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(body)
    return {ok: true, text, encoding: bom ? 'utf-8-bom' : 'utf-8'}
  } catch {
    const at = firstInvalidUtf8(body)
    return {
      ok: false,
      reason: `Cannot read the file as text: invalid UTF-8 at byte ${at + (bom ? 3 : 0)}`,
      note: 'Save the file as UTF-8 (or UTF-16 with a byte order mark) and check it again.'
    }
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    const text = new TextDecoder(encoding, {fatal: true}).decode(bytes.subarray(2))
    return {ok: true, text, encoding}
  } catch {
    return {
      ok: false,
      reason: `Cannot read the file as text: invalid ${encoding.toUpperCase()} after its byte order mark`,
      note: 'Save the file as UTF-8 and check it again.'
    }
  }
}

/**
 * A file is binary when its sample holds many NUL bytes or other control
 * characters. A stray NUL inside real text is not enough.
 */
function binaryReason(bytes: Uint8Array): Decoded | undefined {
  const length = Math.min(bytes.length, SAMPLE)
  if (length === 0) return undefined
  let nul = 0
  let control = 0
  for (let index = 0; index < length; index++) {
    const byte = bytes[index]!
    if (byte === 0) nul++
    else if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) control++
  }
  if (nul > 1 && nul / length > 0.01) {
    return {
      ok: false,
      reason: `Cannot read the file as text: it looks binary (${nul} NUL bytes in the first ${length} bytes)`,
      note: 'Exclude binary files from the files translint checks.'
    }
  }
  if ((nul + control) / length > 0.1) {
    return {
      ok: false,
      reason: `Cannot read the file as text: it looks binary (${nul + control} control bytes in the first ${length} bytes)`,
      note: 'Exclude binary files from the files translint checks.'
    }
  }
  return undefined
}

/** Index of the first byte that breaks UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    let need = 0
    let min = 0
    if (byte < 0x80) {
      index++
      continue
    } else if (byte >= 0xc2 && byte <= 0xdf) {
      need = 1
      min = 0x80
    } else if (byte >= 0xe0 && byte <= 0xef) {
      need = 2
      min = 0x800
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      need = 3
      min = 0x10000
    } else {
      return index
    }
    let code = byte & (0xff >> (need + 2))
    for (let k = 1; k <= need; k++) {
      const next = bytes[index + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return index
      code = (code << 6) | (next & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return index
    index += need + 1
  }
  return index
}
