/**
 * Reading the source document of a run: a source that cannot be used stops
 * the run (it is no one translation's fault), with a message naming it.
 */
import fs from 'node:fs'
import {decode} from '../document/decode.js'
import {ioReason} from './check-file.js'
import {display} from './workspace.js'

/** A problem with the run itself (source unreadable): not any one translation's fault. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** The source's bytes and text; throws UsageError naming the file when it cannot be read or is not text. */
export async function readSourceText(file: string, cwd: string): Promise<{bytes: Uint8Array; text: string}> {
  let bytes: Uint8Array
  try {
    bytes = await fs.promises.readFile(file)
  } catch (error) {
    throw new UsageError(`Cannot read the source \`${display(file, cwd)}\`: ${ioReason(error)}`)
  }
  const decoded = decode(bytes)
  if (!decoded.ok) throw new UsageError(`Cannot use \`${display(file, cwd)}\` as the source: ${decoded.reason.replace(/^Cannot read the file as text: /, '')}`)
  return {bytes, text: decoded.text}
}
