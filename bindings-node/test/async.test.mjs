// The Promise variants run off the JavaScript thread: timers keep firing during a long
// migration, progress events arrive on the JavaScript thread before the promise settles, and an
// exception in onProgress rejects the promise instead of crashing the process.
import test from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import { dm, sampleCorpus, tempDir, writeCorpus } from './helpers.mjs'

test('the event loop keeps running during a long migrate', async () => {
  // About 1.2 MB of scripts: 40 files of a table and 40 twenty-column views each.
  const input = writeCorpus(40, 40)
  const bytes = fs.readdirSync(input).reduce((n, f) => n + fs.statSync(`${input}/${f}`).size, 0)
  assert.ok(bytes > 1_000_000, `${bytes} bytes`)
  let ticks = 0
  const timer = setInterval(() => ticks++, 1)
  let ticksAtFirstProgress
  let progressEvents = 0
  let ticksAtResult
  try {
    const result = await dm.migrate(input, tempDir(), {
      onProgress: () => {
        progressEvents++
        ticksAtFirstProgress ??= ticks
      },
    }).then((r) => {
      ticksAtResult = ticks
      return r
    })
    assert.equal(result.stats.views, 40 * 40)
  } finally {
    clearInterval(timer)
  }
  assert.ok(progressEvents > 0)
  // The timer fired while the migration was running, i.e. between the call and its result.
  assert.ok(ticksAtResult > 0, `no timer tick before the result (${ticksAtResult})`)
  assert.ok(ticksAtResult > ticksAtFirstProgress, `ticks: first progress ${ticksAtFirstProgress}, result ${ticksAtResult}`)
})

test('progress events cover every phase, count up to their totals and precede the result', async () => {
  const events = []
  let settled = false
  let late = 0
  const result = await dm.migrate(sampleCorpus, tempDir(), {
    onProgress: (e) => {
      if (settled) late++
      events.push(e)
    },
  })
  settled = true
  const phases = [...new Set(events.map((e) => e.phase))]
  for (const phase of ['load', 'parse', 'convert', 'write']) assert.ok(phases.includes(phase), phases.join())
  for (const e of events) {
    assert.equal(typeof e.done, 'number')
    assert.equal(typeof e.total, 'number')
    assert.ok(e.done <= e.total || e.total === 0, JSON.stringify(e))
    assert.equal(typeof e.elapsed_ms, 'number')
    assert.ok(e.eta_ms === null || typeof e.eta_ms === 'number')
  }
  const lastConvert = events.filter((e) => e.phase === 'convert').at(-1)
  assert.equal(lastConvert.done, lastConvert.total)
  assert.ok(result.objects.length > 0)
  // Nothing arrives after the result (the worker's queue delivers in order).
  await new Promise((resolve) => setTimeout(resolve, 50))
  assert.equal(late, 0)
})

test('an exception thrown by onProgress rejects the promise with that exception', async () => {
  const boom = new Error('progress display failed')
  let calls = 0
  await assert.rejects(
    dm.migrate(sampleCorpus, tempDir(), {
      onProgress: () => {
        calls++
        throw boom
      },
    }),
    (e) => e === boom,
  )
  assert.equal(calls, 1)
})
