// The chart description both front ends draw: derived from the published Snapshot alone.

import assert from 'node:assert/strict';
import { type Snapshot, type SnapshotTable } from '../../src/core';
import { snapshotCharts } from '../../src/core/charts';
import { sampleSnapshot } from '../helpers/sample-outputs';

const tables = (s: Snapshot): SnapshotTable[] => s.sections.flatMap((x) => x.tables);

describe('Snapshot charts', () => {
  let s: Snapshot;
  before(async () => {
    s = (await sampleSnapshot()).snapshot;
  });

  it('draws every breakdown as bars of its count, categories in table order and no total', () => {
    const charts = snapshotCharts(s);
    const breakdowns = tables(s).filter((t) => t.chart?.type === 'bar');
    assert.ok(breakdowns.length >= 10);
    for (const t of breakdowns) {
      const c = charts.find((x) => x.id === t.id);
      assert.ok(c !== undefined, `no chart for ${t.id}`);
      assert.equal(c.kind, 'bar');
      assert.equal(c.title, t.title);
      assert.deepEqual(c.categories, t.rows.filter((r) => r.isTotal !== true).map((r) => r.label));
      assert.equal(c.series.length, 1);
      assert.equal(c.series[0]?.name, t.columns[0]?.header);
      assert.notEqual(c.valueAxisTitle, '');
    }
    assert.equal(charts.find((c) => c.id === 'entries.age')?.categoryAxisTitle, 'Age at entry');
    assert.equal(charts.find((c) => c.id === 'entries.age')?.valueAxisTitle, 'Entries');
  });

  it('leaves a suppressed value as a gap (null), never 0, and keeps real zeros', () => {
    let gaps = 0;
    let zeros = 0;
    for (const c of snapshotCharts(s)) {
      const t = tables(s).find((x) => x.id === c.table);
      assert.ok(t !== undefined);
      for (const series of c.series) {
        series.values.forEach((v, i) => {
          const cell = t.rows[c.rows[i] ?? -1]?.cells[series.column];
          assert.ok(cell !== undefined);
          if (cell.suppressed) {
            assert.equal(v, null, `${c.id} ${c.categories[i]} is suppressed`);
            gaps += 1;
          } else assert.equal(v, cell.value);
          if (v === 0) zeros += 1;
        });
      }
    }
    assert.ok(gaps > 0, 'the sample has suppressed values in its charts');
    assert.ok(zeros > 0, 'and true zeros, shown as zero');
  });

  it('draws the trends as lines: one chart for children in care, one for child-reports', () => {
    const trends = snapshotCharts(s).filter((c) => c.table === 'trends');
    assert.deepEqual(trends.map((c) => [c.id, c.kind, c.series.map((x) => x.name)]), [
      ['trends.care', 'line', ['Entries', 'Exits', 'In care on last day']],
      ['trends.reports', 'line', ['Child-reports', 'Substantiated or indicated child-reports']],
    ]);
    const t = tables(s).find((x) => x.id === 'trends');
    assert.deepEqual(trends[0]?.categories, t?.rows.map((r) => r.label));
    assert.equal(trends[0]?.categoryAxisTitle, 'Period');
  });

  it('gives the sample Snapshot 13 charts, ids unique', () => {
    const ids = snapshotCharts(s).map((c) => c.id);
    assert.equal(ids.length, 13);
    assert.equal(new Set(ids).size, ids.length);
  });
});
