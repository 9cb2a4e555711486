/**
 * The thread that computes spelling suggestions for src/dictionaries/helper.ts:
 * it loads dictionaries as the calling thread does (images included) and
 * answers one word at a time. It imports only the dictionary modules, so
 * that it starts in a fraction of the time of a full worker.
 */
import {parentPort} from 'node:worker_threads'
import {DictionaryCache} from './index.js'
import type {SuggestRequest, SuggestResponse} from './helper.js'

const caches = new Map<string, DictionaryCache>()

function cacheFor(request: SuggestRequest): DictionaryCache {
  const key = JSON.stringify([request.configured, request.root])
  let cache = caches.get(key)
  if (!cache) {
    cache = new DictionaryCache(request.configured, request.root)
    caches.set(key, cache)
  }
  return cache
}

parentPort?.on('message', (request: SuggestRequest) => {
  void (async () => {
    let response: SuggestResponse
    try {
      const speller = await cacheFor(request).speller(request.language)
      response = speller ? {id: request.id, suggestions: speller.suggest(request.word)} : {id: request.id, error: 'no dictionary'}
    } catch (error) {
      response = {id: request.id, error: String(error)}
    }
    parentPort!.postMessage(response)
  })()
})
