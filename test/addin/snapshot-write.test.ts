// The Snapshot view's write path: CSV rows through the worker's feed into the Snapshot core, laid
// out as sheets and written through the gateway in chunks that never exceed the request limit.

import * as assert from 'node:assert/strict';
import Papa from 'papaparse';
import { SnapshotRun, federalFiscalYear, type DatasetKind, type Snapshot } from '../../src/core/snapshot';
import type { SheetPlan } from '../../src/core/snapshot-layout';
import { FakeWorkbook } from '../../src/excel/fake/fake-workbook';
import { newSheet } from '../../src/excel/fake/fake-model';
import { BATCH_BYTES, chunkRows } from '../../src/excel/snapshot-writer';
import { CsvFeed } from '../../src/taskpane/snapshot/csv-feed';
import { previousSnapshotSheets, snapshotSheets } from '../../src/taskpane/snapshot-sheets';
import { childId, episodesCsv, reportsCsv } from './csv-fixtures';
import { blankWorkbook, gatewayOn } from './addin-fixtures';

function buildSnapshot(files: readonly [DatasetKind, string, string][]): Snapshot {
  const run = new SnapshotRun({ period: federalFiscalYear(2025), jurisdiction: 'Riverbend County' });
  for (const [kind, name, text] of files) {
    const feed = new CsvFeed(run.sink(kind, name));
    feed.rows(Papa.parse<string[]>(text, { skipEmptyLines: false }).data);
    assert.deepEqual(feed.headerIssues.filter((i) => i.severity === 'error'), []);
  }
  return run.finish();
}

const MB = 1024 * 1024;

function bigPlan(rows: number): SheetPlan {
  const values = Array.from({ length: rows }, (_, r) => [`Row ${r}`, r, r * 2, 'x'.repeat(40)]);
  return { name: 'Snapshot Big', hidden: false, columnWidths: [20], rowHeights: new Map(), blocks: [{ row: 1, col: 1, values, style: 'body' }], charts: [], frozenRows: 0, print: null };
}

describe('add-in: Snapshot view', () => {
  it('writes tables and charts from the Snapshot core, with no child-level value in any cell', async () => {
    const snapshot = buildSnapshot([
      ['episodes', 'episodes.csv', episodesCsv(60)],
      ['reports', 'reports.csv', reportsCsv(80)],
    ]);
    const wb = blankWorkbook();
    const plan = snapshotSheets(snapshot);
    const stats = await gatewayOn(wb).writeSnapshot(plan, []);
    assert.ok(wb.find('Snapshot Summary') !== undefined);
    assert.ok(wb.find('Snapshot Notes') !== undefined);
    const entries = wb.sheet('Snapshot Entries');
    assert.ok(entries.charts.length > 0, 'entries get bar charts');
    assert.equal(entries.charts[0]?.series.length, 1, 'one plotted series per chart');
    assert.match(entries.charts[0]?.series[0]?.values ?? '', /^Snapshot Chart data!B\d+:B\d+$/);
    assert.equal(wb.sheet('Snapshot Chart data').visibility, 'Hidden');
    const all = wb.sheets.flatMap((s) => [...s.cells.values()].map((c) => String(c.value)));
    assert.ok(all.some((v) => v === snapshot.suppression.marker), 'small counts are suppressed');
    for (let i = 1; i <= 1080; i++) assert.ok(!all.some((v) => v.includes(childId(i))), `child id ${childId(i)} leaked`);
    assert.ok(stats.syncs <= 4, `small snapshot in ${stats.syncs} syncs`);
  });

  it('replaces the sheets of a previous Snapshot instead of piling them up', async () => {
    const snapshot = buildSnapshot([['episodes', 'episodes.csv', episodesCsv(30)]]);
    const wb = blankWorkbook();
    const gateway = gatewayOn(wb);
    await gateway.writeSnapshot(snapshotSheets(snapshot), []);
    const first = wb.sheets.map((s) => s.name);
    await gateway.writeSnapshot(snapshotSheets(snapshot), previousSnapshotSheets(first));
    assert.deepEqual([...wb.sheets.map((s) => s.name)].sort(), [...first].sort());
  });

  it('chunks large writes so no request exceeds 4 MB of values', async () => {
    const wb = new FakeWorkbook();
    wb.sheets.push(newSheet('Sheet1'));
    const plan = bigPlan(120_000);
    const stats = await gatewayOn(wb).writeSnapshot([plan], []);
    const largest = Math.max(...wb.requests.map((r) => r.bytes));
    console.log(`      Snapshot write, ${(JSON.stringify(plan.blocks[0]?.values).length / MB).toFixed(1)} MB of values: ${stats.syncs} syncs, largest request ${(largest / MB).toFixed(2)} MB`);
    assert.ok(largest <= 4 * MB + 64 * 1024, `largest request ${largest}`);
    assert.ok(stats.largestBatchBytes <= BATCH_BYTES);
    assert.ok(stats.syncs >= 4, 'more than one chunk');
    assert.equal(wb.value('Snapshot Big', 'A120000'), 'Row 119999');
    assert.equal(wb.value('Snapshot Big', 'C120000'), 239998);
  });

  it('halves a batch the workbook refuses as too large, and still writes every row', async () => {
    const wb = new FakeWorkbook();
    wb.sheets.push(newSheet('Sheet1'));
    wb.payloadLimit = 1 * MB;
    const stats = await gatewayOn(wb).writeSnapshot([bigPlan(30_000)], []);
    assert.ok(stats.retries > 0, 'the 4 MB batch was refused and split');
    assert.ok(wb.requests.some((r) => r.refused));
    assert.ok(wb.requests.filter((r) => !r.refused).every((r) => r.bytes <= MB));
    assert.equal(wb.value('Snapshot Big', 'A30000'), 'Row 29999');
    assert.equal(wb.value('Snapshot Big', 'A1'), 'Row 0');
  });

  it('splits rows by size and keeps them in order', () => {
    const values = Array.from({ length: 10 }, (_, i) => [i, 'abcdefghij']);
    const chunks = chunkRows({ sheet: 's', row: 0, col: 0, values }, 60);
    assert.ok(chunks.length > 1);
    assert.deepEqual(chunks.flatMap((c) => c.values), values);
    assert.deepEqual(chunks.map((c) => c.row), chunks.map((_, i) => chunks.slice(0, i).reduce((n, c) => n + c.values.length, 0)));
  });
});
