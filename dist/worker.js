import {createRequire as __translintCreateRequire} from 'node:module';
import {fileURLToPath as __translintFileURLToPath} from 'node:url';
import {dirname as __translintDirname} from 'node:path';
const require = __translintCreateRequire(import.meta.url);
const __filename = __translintFileURLToPath(import.meta.url);
const __dirname = __translintDirname(__filename);
import {
  checkFile,
  prepareSource,
  rules
} from "./chunk-SQD7WZUX.js";
import {
  sharedDictionaries
} from "./chunk-H3GO6GBM.js";
import "./chunk-VPTWDAUK.js";
import "./chunk-6PBI5QBR.js";

// src/run/worker.ts
var runs = /* @__PURE__ */ new Map();
function contextFor(setup) {
  let run = runs.get(setup.key);
  if (!run) {
    const dictionaries = sharedDictionaries(setup.config.dictionaries, setup.config.root);
    run = {
      config: setup.config,
      rules,
      resources: { speller: (language) => dictionaries.speller(language) },
      ...setup.lang ? { lang: setup.lang } : {},
      ...setup.review ? { review: true } : {},
      ...setup.source ? { source: prepareSource(setup.source.text, setup.source) } : {}
    };
    if (runs.size >= 4) runs.delete(runs.keys().next().value);
    runs.set(setup.key, run);
  }
  return run;
}
async function checkBatch(batch) {
  const run = contextFor(batch.setup);
  const outcomes = [];
  for (const job of batch.jobs) outcomes.push(await checkFile(job, run, "sync"));
  return outcomes;
}
export {
  checkBatch as default
};
