// The module's contract: results, sync/async pairs giving the same values, errors as
// DatamigrateError subclasses with positions. SQL behaviour itself is tested in Rust.
import test from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { dm, packageDir, sampleCorpus, tempDir } from './helpers.mjs'

test('transpileSync returns target SQL and transpile resolves to the same', async () => {
  const sql = 'SELECT TOP 5 ISNULL(a, 0) AS a FROM dbo.t'
  const out = dm.transpileSync(sql, 'snowflake')
  assert.match(out, /LIMIT 5/)
  assert.match(out, /coalesce/i)
  assert.equal(await dm.transpile(sql, 'snowflake'), out)
})

test('transpileDetailed returns every statement with its range', async () => {
  const out = dm.transpileDetailedSync('SELECT 1 AS a\nGO\nSELECT 2 AS b\n', 'duckdb', 'two.sql')
  assert.equal(out.target, 'duckdb')
  assert.equal(out.complete, true)
  assert.equal(out.statements.length, 2)
  assert.equal(out.statements[1].range.file, 'two.sql')
  assert.equal(out.statements[1].range.start.line, 3)
  assert.deepEqual(await dm.transpileDetailed('SELECT 1 AS a\nGO\nSELECT 2 AS b\n', 'duckdb', 'two.sql'), out)
})

test('parse summarises statements, sync and async alike', async () => {
  const sql = 'CREATE TABLE dbo.t (a int)\nGO\nCREATE VIEW dbo.v AS SELECT a FROM dbo.t\nGO\n'
  const out = dm.parseSync(sql, 's.sql')
  assert.deepEqual(
    out.statements.map((s) => [s.kind, s.object]),
    [
      ['create_table', 'dbo.t'],
      ['create_view', 'dbo.v'],
    ],
  )
  assert.equal(out.batches, 2)
  assert.equal(out.statements[1].range.start.line, 3)
  assert.deepEqual(await dm.parse(sql, 's.sql'), out)
  assert.equal(dm.parseSync('SELECT 1').statements[0].range.file, '<input>')
})

test('a syntax error in non-ASCII input is a ParseError with line, column and UTF-16 column', async () => {
  // '𝄞' is one scalar value but two UTF-16 code units; 'é' is one of each.
  const sql = "SELECT 1\nSELECT '𝄞é', FROM"
  const check = (e) => {
    assert.ok(e instanceof dm.ParseError, String(e))
    assert.ok(e instanceof dm.DatamigrateError)
    assert.ok(e instanceof Error)
    assert.equal(e.name, 'ParseError')
    assert.equal(e.kind, 'parse')
    assert.match(e.code, /^DM1\d{3}$/)
    assert.equal(e.file, '<input>')
    assert.equal(e.line, 2)
    assert.ok(e.column > 12, `column ${e.column}`)
    assert.equal(e.utf16Column, e.column + 1)
    assert.ok(e.message.startsWith(`<input>:2:${e.column}: ${e.code}`), e.message)
    assert.ok(e.diagnostics.length >= 1)
    assert.equal(e.diagnostics[0].utf16_column - e.diagnostics[0].column, 1)
    // The UTF-16 column indexes the JavaScript string: it points past the '𝄞é' literal.
    const line = sql.split('\n')[1]
    assert.ok(line.slice(0, e.utf16Column - 1).includes("'𝄞é'"), line.slice(0, e.utf16Column - 1))
    return true
  }
  assert.throws(() => dm.transpileSync(sql, 'duckdb'), check)
  await assert.rejects(dm.transpile(sql, 'duckdb'), check)
})

test('an unknown target is an InputError without a position', async () => {
  const check = (e) => {
    assert.ok(e instanceof dm.InputError, String(e))
    assert.equal(e.kind, 'input')
    assert.equal(e.code, null)
    assert.equal(e.line, null)
    assert.match(e.message, /unknown target `oracle`/)
    return true
  }
  assert.throws(() => dm.transpileSync('SELECT 1', 'oracle'), check)
  await assert.rejects(dm.transpile('SELECT 1', 'oracle'), check)
  await assert.rejects(dm.migrate(sampleCorpus, tempDir(), { target: 'oracle' }), check)
})

test('a missing input folder is an InputError, sync and async', async () => {
  const missing = path.join(tempDir(), 'does-not-exist')
  assert.throws(() => dm.migrateSync(missing, tempDir()), dm.InputError)
  await assert.rejects(dm.migrate(missing, tempDir()), dm.InputError)
  await assert.rejects(dm.assess(missing), dm.InputError)
})

test('arguments of the wrong type throw instead of crashing', async () => {
  assert.throws(() => dm.transpileSync(42, 'duckdb'))
  await assert.rejects(dm.transpile(null, 'duckdb'))
  await assert.rejects(dm.migrate(sampleCorpus, tempDir(), { jobs: 'many' }))
})

test('validate of a folder that is not a dbt project is a ValidateError', async () => {
  const check = (e) => {
    assert.ok(e instanceof dm.ValidateError, String(e))
    assert.match(e.code, /^DM4\d{3}$/)
    return true
  }
  assert.throws(() => dm.validateSync(tempDir(), { dbt: '/nonexistent/dbt' }), check)
  await assert.rejects(dm.validate(tempDir(), { dbt: '/nonexistent/dbt' }), check)
})

test('migrateSync and migrate write the same project and return the same result', async () => {
  const a = tempDir()
  const b = tempDir()
  const sync = dm.migrateSync(sampleCorpus, a, { jobs: 2 })
  assert.equal(sync.target, 'duckdb')
  assert.ok(sync.stats.tables >= 17 && sync.stats.views >= 15, JSON.stringify(sync.stats))
  assert.ok(sync.files.includes('dbt_project.yml'))
  assert.ok(fs.existsSync(path.join(a, 'dbt_project.yml')))
  const events = []
  const async = await dm.migrate(sampleCorpus, b, { jobs: 2, onProgress: (e) => events.push(e) })
  assert.deepEqual(async, sync)
  assert.equal(fs.readFileSync(path.join(b, 'dbt_project.yml'), 'utf8'), fs.readFileSync(path.join(a, 'dbt_project.yml'), 'utf8'))
  assert.ok(events.length > 0)
})

test('assess returns the report, sync and async alike', async () => {
  const sync = dm.assessSync(sampleCorpus, { target: 'snowflake' })
  assert.equal(sync.target, 'snowflake')
  assert.equal(sync.files.length, 0)
  assert.ok(sync.objects.length >= 40)
  const phases = new Set()
  assert.deepEqual(await dm.assess(sampleCorpus, { target: 'snowflake', onProgress: (e) => phases.add(e.phase) }), sync)
  assert.ok(phases.has('parse'), [...phases].join())
})

test('datamigrate.d.ts declares exactly what the module exports', () => {
  const dts = fs.readFileSync(path.join(packageDir, 'datamigrate.d.ts'), 'utf8')
  const declared = [...dts.matchAll(/^export (?:function|class) (\w+)/gm)].map((m) => m[1])
  assert.deepEqual([...new Set(declared)].sort(), Object.keys(dm).sort())
})
