import {defineRule} from '../src/lint/rule.js'

/**
 * The file cannot be read as text: it is binary, or not valid UTF-8 (nor
 * UTF-16 with a byte order mark). Reported by the engine while reading, as a
 * fatal message at 1:1, before any other rule runs; the other files are still
 * checked. UTF-8 with a byte order mark, UTF-16 LE/BE with a byte order mark,
 * CRLF and lone CR line endings are read correctly and never reported.
 */
export default defineRule({
  id: 'unreadable',
  description: 'The file can be decoded as text (UTF-8, or UTF-16 with a byte order mark).',
  defaultSeverity: 'error',
  examples: [],
  check() {
    // Reported by the engine while decoding: see src/document/decode.ts.
  }
})
