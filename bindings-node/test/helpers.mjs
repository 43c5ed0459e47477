// Shared by the test files: the module under test, the repository's paths, temp folders and a
// generated corpus.
import { createRequire } from 'node:module'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
export const dm = require('../datamigrate.js')
export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const repoRoot = path.resolve(packageDir, '..')
export const sampleCorpus = path.join(repoRoot, 'corpus')

/** A fresh temporary folder, removed when the process exits. */
export function tempDir(prefix = 'datamigrate-node-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** Write `files` scripts, each a table and `viewsPerFile` wide views over it; returns the folder. */
export function writeCorpus(files, viewsPerFile) {
  const dir = tempDir('datamigrate-corpus-')
  const columns = Array.from({ length: 20 }, (_, i) => `c${i}`)
  for (let f = 0; f < files; f++) {
    let sql = `CREATE TABLE dbo.t${f} (id int NOT NULL PRIMARY KEY, ${columns.map((c) => `${c} nvarchar(40) NULL`).join(', ')})\nGO\n`
    for (let v = 0; v < viewsPerFile; v++) {
      const list = columns.map((c, i) => `ISNULL(${c}, N'n/a ${i}') AS ${c}_${v}`).join(',\n  ')
      sql += `CREATE VIEW dbo.v${f}_${v} AS\nSELECT id,\n  ${list}\nFROM dbo.t${f}\nWHERE id > ${v}\nGO\n`
    }
    fs.writeFileSync(path.join(dir, `script${f}.sql`), sql)
  }
  return dir
}
