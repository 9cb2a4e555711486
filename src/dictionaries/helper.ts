/**
 * Spelling suggestions in a helper thread. hunspell's suggestion search is
 * the most expensive part of checking a file with unknown words (three
 * Afrikaans words take half a second), so when one thread checks several
 * files, their suggestions are computed in a helper thread while this one
 * goes on with the next file. The answers are those of the same dictionary
 * in this thread: the helper loads it the same way (from its image).
 *
 * Words wait in a queue: the helper takes the oldest, one at a time, and
 * this thread takes the newest whenever it is idle, so neither waits while
 * there is work. The helper starts on the first word and is stopped by
 * `close`; if it fails, this thread computes everything.
 */
import {Worker} from 'node:worker_threads'
import {compiledFile} from '../compiled.js'
import type {Language} from '../language/index.js'

export interface SuggestRequest {
  id: number
  language: Language
  word: string
  configured: Record<string, string>
  root: string
}

export type SuggestResponse = {id: number; suggestions: string[]} | {id: number; error: string}

/** The compiled helper entry beside this module, or the one in build/ when running from sources. */
export function suggestWorkerFile(): string | undefined {
  return compiledFile([new URL('./suggest-worker.js', import.meta.url), new URL('../../build/src/dictionaries/suggest-worker.js', import.meta.url)])
}

interface Queued {
  language: Language
  word: string
  here: () => string[]
  resolve: (value: string[]) => void
  reject: (error: unknown) => void
}

export class SuggestionHelper {
  private worker: Worker | undefined
  private failed = false
  private next = 0
  /** Words waiting: the helper takes the oldest, this thread the newest. */
  private readonly queue: Queued[] = []
  /** The word sent to the helper, until it is answered (here, if the helper was not ready). */
  private readonly sent = new Map<number, Queued>()
  /** The request the helper is working on: one at a time. */
  private working: number | undefined
  /** Whether the helper has answered once (it takes a moment to start). */
  private ready = false
  private stealing = false

  constructor(private readonly file: string, private readonly configured: Record<string, string>, private readonly root: string) {}

  /**
   * Suggestions for `word` (normalised as the rule wants it): from the
   * helper thread, or from `here` (this thread's speller) when this thread
   * is idle before the helper gets to the word.
   */
  suggest(language: Language, word: string, here: () => string[]): Promise<string[]> {
    return new Promise<string[]>((resolve, reject) => {
      this.queue.push({language, word, here, resolve, reject})
      this.send()
      this.steal()
    })
  }

  /** Whether the helper thread has answered at least once. */
  get answering(): boolean {
    return this.ready
  }

  /** Stop the helper; words still waiting are computed here. */
  async close(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    this.failed = true
    for (const item of this.sent.values()) this.queue.push(item)
    this.sent.clear()
    for (let item = this.queue.pop(); item; item = this.queue.pop()) compute(item)
    if (worker) {
      // An idle helper is unreferenced: without this, the pending
      // termination would not keep the event loop alive and a program
      // awaiting it (the command's top-level await) would end unsettled.
      worker.ref()
      await worker.terminate()
    }
  }

  /** One word at a time to the helper, so that the others stay to be taken here. */
  private send(): void {
    if (this.working !== undefined || this.queue.length === 0) return
    const worker = this.start()
    if (!worker) return
    const item = this.queue.shift()!
    const id = this.next++
    this.sent.set(id, item)
    this.working = id
    const request: SuggestRequest = {id, language: item.language, word: item.word, configured: this.configured, root: this.root}
    worker.postMessage(request)
    worker.ref()
  }

  /**
   * When this thread has nothing else to do (the check phase of the event
   * loop), it computes the newest waiting word itself, or, while the helper
   * is still starting, the word sent to it (whose answer is then ignored).
   */
  private steal(): void {
    if (this.stealing) return
    this.stealing = true
    setImmediate(() => {
      this.stealing = false
      let item = this.queue.pop()
      if (!item && !this.ready) {
        const [id, sent] = this.sent.entries().next().value ?? []
        if (id !== undefined) this.sent.delete(id)
        item = sent
      }
      if (item) compute(item)
      if (this.queue.length > 0 || (!this.ready && this.sent.size > 0)) this.steal()
    })
  }

  private start(): Worker | undefined {
    if (this.worker || this.failed) return this.worker
    try {
      const worker = new Worker(this.file)
      worker.on('message', (response: SuggestResponse) => {
        // After `close` or a crash, the old worker's answers are not needed.
        if (worker !== this.worker) return
        this.ready = true
        if (response.id === this.working) this.working = undefined
        const item = this.sent.get(response.id)
        this.sent.delete(response.id)
        if (item) {
          if ('error' in response) compute(item)
          else item.resolve(response.suggestions)
        }
        // Idle, it does not keep the process alive.
        if (this.queue.length === 0 && this.working === undefined) worker.unref()
        this.send()
      })
      worker.on('error', () => {
        if (worker === this.worker) this.crash()
      })
      worker.on('exit', () => {
        if (worker === this.worker) this.crash()
      })
      this.worker = worker
    } catch {
      this.failed = true
    }
    return this.worker
  }

  /** The helper is gone: what it had is computed here. */
  private crash(): void {
    this.failed = true
    this.worker = undefined
    this.working = undefined
    for (const item of this.sent.values()) this.queue.push(item)
    this.sent.clear()
    this.steal()
  }
}

function compute(item: Queued): void {
  try {
    item.resolve(item.here())
  } catch (error) {
    item.reject(error)
  }
}
