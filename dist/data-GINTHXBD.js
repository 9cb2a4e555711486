import {createRequire as __translintCreateRequire} from 'node:module';
import {fileURLToPath as __translintFileURLToPath} from 'node:url';
import {dirname as __translintDirname} from 'node:path';
const require = __translintCreateRequire(import.meta.url);
const __filename = __translintFileURLToPath(import.meta.url);
const __dirname = __translintDirname(__filename);
import {
  data
} from "./chunk-VPTWDAUK.js";
import "./chunk-6PBI5QBR.js";
export {
  data
};
