#!/usr/bin/env node
// Migrate the sample corpus (or any scripts folder) with the Node binding, showing progress, and
// print the summary.
//
//   node examples/migrate-sample.mjs [out-folder] [--input corpus] [--target duckdb]
//
// Build the addon first (`bash scripts/test-node` does, or `npm run build` in bindings-node/).
// Without an out folder the project goes to a new temporary folder.
import { createRequire } from 'node:module'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const here = path.dirname(fileURLToPath(import.meta.url))
const dm = require(path.join(here, '..', 'bindings-node', 'datamigrate.js'))

function parseArgs(argv) {
  const args = { input: path.join(here, '..', 'corpus'), target: 'duckdb', out: null }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--input') args.input = argv[++i]
    else if (argv[i] === '--target') args.target = argv[++i]
    else args.out = argv[i]
  }
  args.out ??= fs.mkdtempSync(path.join(os.tmpdir(), 'datamigrate-sample-'))
  return args
}

function seconds(ms) {
  return ms === null ? '?' : `${(ms / 1000).toFixed(1)}s`
}

/** A bar redrawn in place on a terminal; one line per phase (and its end) otherwise. */
function progressDisplay(stream) {
  let lastPhase = null
  return (e) => {
    const share = e.total > 0 ? e.done / e.total : 1
    if (stream.isTTY) {
      const width = 30
      const filled = Math.round(share * width)
      const bar = '#'.repeat(filled) + '-'.repeat(width - filled)
      stream.write(`\r${e.phase.padEnd(8)} [${bar}] ${e.done}/${e.total} eta ${seconds(e.eta_ms)}   `)
    } else if (e.phase !== lastPhase || e.done === e.total) {
      stream.write(`${e.phase.padEnd(8)} ${e.done}/${e.total} elapsed ${seconds(e.elapsed_ms)} eta ${seconds(e.eta_ms)}\n`)
    }
    lastPhase = e.phase
  }
}

const args = parseArgs(process.argv.slice(2))
try {
  const result = await dm.migrate(args.input, args.out, {
    target: args.target,
    onProgress: progressDisplay(process.stderr),
  })
  if (process.stderr.isTTY) process.stderr.write('\n')
  const s = result.stats
  console.log(`migrated ${args.input} to ${args.target} in ${args.out}`)
  console.log(`  files ${s.files}, batches ${s.batches}, statements ${s.statements} (${s.unparsed_statements} unparsed)`)
  console.log(`  tables ${s.tables}, views ${s.views}, routines ${s.routines}, rows ${s.rows}`)
  console.log(
    `  converted ${s.converted}, with warnings ${s.converted_with_warnings}, needs review ${s.needs_review}, ` +
      `blocked ${s.blocked}, failed ${s.failed}`,
  )
  console.log(`  ${result.files.length} files written; report: ${path.join(args.out, 'migration_report.md')}`)
} catch (e) {
  if (!(e instanceof dm.DatamigrateError)) throw e
  console.error(`${e.name} [${e.kind}${e.code ? ` ${e.code}` : ''}]: ${e.message}`)
  process.exitCode = 2
}
