import {createRequire as __translintCreateRequire} from 'node:module';
import {fileURLToPath as __translintFileURLToPath} from 'node:url';
import {dirname as __translintDirname} from 'node:path';
const require = __translintCreateRequire(import.meta.url);
const __filename = __translintFileURLToPath(import.meta.url);
const __dirname = __translintDirname(__filename);
import {
  DictionaryCache
} from "./chunk-H3GO6GBM.js";
import "./chunk-6PBI5QBR.js";

// src/dictionaries/suggest-worker.ts
import { parentPort } from "node:worker_threads";
var caches = /* @__PURE__ */ new Map();
function cacheFor(request) {
  const key = JSON.stringify([request.configured, request.root]);
  let cache = caches.get(key);
  if (!cache) {
    cache = new DictionaryCache(request.configured, request.root);
    caches.set(key, cache);
  }
  return cache;
}
parentPort?.on("message", (request) => {
  void (async () => {
    let response;
    try {
      const speller = await cacheFor(request).speller(request.language);
      response = speller ? { id: request.id, suggestions: speller.suggest(request.word) } : { id: request.id, error: "no dictionary" };
    } catch (error) {
      response = { id: request.id, error: String(error) };
    }
    parentPort.postMessage(response);
  })();
});
