/**
 * JSON in the shape of vfile-reporter-json: an array with one object per
 * file (`path`, `cwd`, `history`, `messages`), plus the source document it
 * was checked against (`source`, or null), the file's `language`, and the
 * errors a suppressions file covers (`suppressedMessages`, when there are).
 */
import type {FileResult} from '../lint/messages.js'

export function reportJson(files: FileResult[], options: {cwd?: string; pretty?: boolean} = {}): string {
  const cwd = options.cwd ?? process.cwd()
  const data = files.map((file) => ({
    path: file.path,
    cwd,
    history: [file.path],
    source: file.source,
    language: file.language,
    languageName: file.languageName,
    languageSource: file.languageSource,
    messages: file.messages.map((message) => ({
      ...message,
      // vfile-message also carries these two names.
      name: `${message.line}:${message.column}-${message.endLine}:${message.endColumn}`,
      stack: null,
      position: {
        start: {line: message.line, column: message.column, offset: message.offset},
        end: {line: message.endLine, column: message.endColumn, offset: message.endOffset}
      }
    })),
    // Errors a suppressions file covers, as the messages are in translint's
    // schema (so that `translint merge` reads them back); only when there are.
    ...(file.suppressedMessages?.length ? {suppressedMessages: file.suppressedMessages} : {})
  }))
  return options.pretty ? JSON.stringify(data, null, 2) : JSON.stringify(data)
}
