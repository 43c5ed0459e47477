#!/usr/bin/env node
// Issue #9 acceptance 3: the Node binding's call overhead against the Rust figure on the
// benchmark workload of benches/RESULTS.md (the 327 CREATE VIEW statements of
// `compare-datamigrate prepare list.sql 2000000 42`).
//
//   node benches/scripts/node_overhead.mjs <list.sql> <views.sql> [repeats]
//
// Writes the CREATE VIEW statements of <list.sql> to <views.sql> (the statement-list format:
// each statement followed by a line `GO`), then times `transpileSync(text, 'duckdb')` and
// `await transpile(text, 'duckdb')` on the whole text, `repeats` times each (default 5), and prints
// one JSON line per variant with every run's seconds and the median. Run with
// RAYON_NUM_THREADS=1, against a release build of the addon (`npx napi build --platform
// --release` in bindings-node/), next to `compare-datamigrate time <views.sql> duckdb 5`.
import { createRequire } from 'node:module'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const SEPARATOR = '\nGO\n'
const here = path.dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)
const dm = require(path.join(here, '..', '..', 'bindings-node', 'datamigrate.js'))

const [list, views, repeatsArg] = process.argv.slice(2)
if (!list || !views) {
  console.error('usage: node benches/scripts/node_overhead.mjs <list.sql> <views.sql> [repeats]')
  process.exit(2)
}
const repeats = Number(repeatsArg ?? 5)

const statements = fs
  .readFileSync(list, 'utf8')
  .split(SEPARATOR)
  .filter((s) => /^CREATE\s+VIEW\b/i.test(s))
fs.writeFileSync(views, statements.map((s) => s + SEPARATOR).join(''))
const text = fs.readFileSync(views, 'utf8')
const bytes = statements.reduce((n, s) => n + Buffer.byteLength(s), 0)

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function report(variant, seconds) {
  const line = { tool: 'datamigrate-node', variant, task: 'duckdb', statements: statements.length, bytes, seconds, median: median(seconds) }
  console.log(JSON.stringify(line))
}

const sync = []
for (let i = 0; i < repeats; i++) {
  const start = process.hrtime.bigint()
  const out = dm.transpileSync(text, 'duckdb')
  sync.push(Number(process.hrtime.bigint() - start) / 1e9)
  if (out.length === 0) throw new Error('empty output')
}
report('transpileSync', sync)

const promised = []
for (let i = 0; i < repeats; i++) {
  const start = process.hrtime.bigint()
  const out = await dm.transpile(text, 'duckdb')
  promised.push(Number(process.hrtime.bigint() - start) / 1e9)
  if (out.length === 0) throw new Error('empty output')
}
report('transpile (Promise)', promised)
