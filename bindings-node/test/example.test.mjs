// examples/migrate-sample.mjs migrates the sample corpus with a progress display and a summary.
import test from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { repoRoot, tempDir } from './helpers.mjs'

test('the example migrates corpus/ showing progress and prints the summary', () => {
  const out = tempDir()
  const script = path.join(repoRoot, 'examples', 'migrate-sample.mjs')
  const run = spawnSync(process.execPath, [script, out], { encoding: 'utf8' })
  assert.equal(run.status, 0, run.stderr)
  // stderr is a pipe here, so the display prints lines: phase, done/total, elapsed, ETA.
  for (const phase of ['load', 'parse', 'convert', 'write']) {
    assert.match(run.stderr, new RegExp(`^${phase} +\\d+/\\d+ elapsed [\\d.]+s eta`, 'm'), run.stderr)
  }
  assert.match(run.stdout, /^migrated .*corpus to duckdb in /m)
  assert.match(run.stdout, /tables 17, views 15/)
  assert.match(run.stdout, /converted \d+, with warnings \d+, needs review \d+/)
  assert.ok(fs.existsSync(path.join(out, 'dbt_project.yml')))
  assert.ok(fs.existsSync(path.join(out, 'migration_report.md')))
})
