// Many submissions are read on worker threads; the results must be exactly those of reading them one
// by one, in the same order, with every file counted by the progress callback.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { entry, unzip, zip } from '../../pipeline/fuzz/zip-tools';
import { readSubmissions } from '../../pipeline/merge/read-submissions';
import { readSubmissionFile } from '../../pipeline/xlsx/read-submission';
import { FOREIGN_XLSX, sampleJurisdiction } from '../helpers/fixtures';
import { SAMPLES } from '../helpers/merge-fixtures';

describe('reading many submissions on worker threads', function () {
  this.timeout(60_000);
  it('gives the same results, in order, as reading one by one', async () => {
    const j = sampleJurisdiction();
    const samples = ['WG1', 'WG2', 'WG3', 'WG4'].map((g) => path.join(SAMPLES, `riverbend-county-${g}.xlsx`));
    // More than the threshold for threads, with a damaged file among them.
    const files = Array.from({ length: 30 }, (_, i) => ({
      path: i === 17 ? path.join(FOREIGN_XLSX, 'invalid-xml.xlsx') : (samples[i % samples.length] as string),
      modifiedAt: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00.000Z`,
    }));
    let ticks = 0;
    const parallel = await readSubmissions(files, j, () => ticks++);
    const oneByOne = files.map((f) => ({ ...readSubmissionFile(f.path, j), modifiedAt: f.modifiedAt }));
    assert.equal(ticks, files.length);
    assert.deepEqual(parallel, oneByOne);
    assert.equal(parallel[17]?.submission, null);
  });

  it('puts a workbook that expands past 4 MB aside and reads it afterwards, alone, to the same result', async () => {
    const j = sampleJurisdiction();
    const dir = mkdtempSync(path.join(tmpdir(), 'sa-big-'));
    try {
      const big = path.join(dir, 'big.xlsx');
      const wg2 = readFileSync(path.join(SAMPLES, 'riverbend-county-WG2.xlsx'));
      writeFileSync(big, zip(unzip(wg2).map((p) => entry(p.name, p.name === 'xl/sharedStrings.xml' ? `${new TextDecoder().decode(p.data)}${' '.repeat(6 * 1024 * 1024)}` : p.data))));
      for (const count of [3, 30]) {
        const files = Array.from({ length: count }, (_, i) => ({ path: i === 1 ? big : path.join(SAMPLES, 'riverbend-county-WG1.xlsx'), modifiedAt: '2026-11-01T00:00:00.000Z' }));
        const read = await readSubmissions(files, j, () => undefined);
        assert.deepEqual(read[1], { ...readSubmissionFile(big, j), modifiedAt: '2026-11-01T00:00:00.000Z' }, `${count} files`);
        assert.ok(read[1]?.submission !== null);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
