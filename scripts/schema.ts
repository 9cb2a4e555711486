/**
 * Publish the configuration's JSON Schema (`schema.json`) from the zod
 * schema that validates it.
 *
 *     npm run schema            write schema.json
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {z} from 'zod'
import {configSchema} from '../src/config/schema.js'
import {SCHEMA_URL} from '../src/lint/docs.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const schemaPath = path.join(root, 'schema.json')

export function renderSchema(): string {
  const schema = z.toJSONSchema(configSchema, {io: 'input'}) as Record<string, unknown>
  return `${JSON.stringify({...schema, $id: SCHEMA_URL, title: 'translint.config.json'}, null, 2)}\n`
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(schemaPath, renderSchema())
  console.log(`wrote ${path.relative(root, schemaPath)}`)
}
