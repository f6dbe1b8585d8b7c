// The Snapshot's sheets as laid out for both front ends: pages, widths, charts and their data.

import assert from 'node:assert/strict';
import { PT_PER_CHAR, type Snapshot } from '../../src/core';
import { printableSize, snapshotSheetPlans, type PlanValue, type SheetPlan } from '../../src/core/snapshot-layout';
import { snapshotCharts } from '../../src/core/charts';
import { sampleSnapshot } from '../helpers/sample-outputs';

/** The value the plan puts in a cell, or undefined. */
function valueAt(plan: SheetPlan, row: number, col: number): PlanValue | undefined {
  for (const b of plan.blocks) {
    const v = b.values[row - b.row]?.[col - b.col];
    if (v !== undefined) return v;
  }
  return undefined;
}

const widthTo = (plan: SheetPlan, col: number): number => plan.columnWidths.slice(0, col - 1).reduce((a, b) => a + b, 0) * PT_PER_CHAR;
const heightOf = (plan: SheetPlan, from: number, to: number): number => {
  let h = 0;
  for (let r = from; r < to; r++) h += plan.rowHeights.get(r) ?? 15;
  return h;
};

describe('Snapshot layout', () => {
  let s: Snapshot;
  let plans: SheetPlan[];
  before(async () => {
    s = (await sampleSnapshot()).snapshot;
    plans = snapshotSheetPlans(s);
  });

  it('has a sheet per section with tables, Notes, and the chart data hidden at the end', () => {
    assert.deepEqual(plans.map((p) => [p.name, p.hidden]), [
      ['Summary', false], ['Front door', false], ['Entries', false], ['In care', false], ['Exits', false],
      ['Indicators', false], ['Trends', false], ['Community', false], ['Notes', false], ['Chart data', true],
    ]);
  });

  it('fits every printed sheet in its page width on the widest client, charts included', () => {
    for (const p of plans.filter((x) => x.print !== null)) {
      const page = printableSize(p.print?.orientation ?? 'landscape').width;
      const cells = p.columnWidths.reduce((a, b) => a + b, 0) * PT_PER_CHAR;
      assert.ok(cells <= page, `${p.name}: ${cells} pt of columns on a ${page} pt page`);
      for (const c of p.charts) assert.ok(widthTo(p, c.anchor.col) + c.width <= page, `${p.name}: ${c.spec.id} runs off the page`);
      assert.equal(p.print?.scale, 100);
      assert.equal(p.print?.titleRows?.first, 1, 'the title repeats on every page');
      assert.ok((p.print?.titleRows?.last ?? 0) >= 2);
      assert.match(p.print?.footerLeft ?? '', /^Riverbend County Child and Family Snapshot, FFY2026 - &A$/);
      assert.equal(p.print?.footerRight, 'Page &P of &N');
    }
  });

  it('keeps each table with its chart on one page, and anchors no chart on the first row after a break', () => {
    for (const p of plans) {
      const breaks = new Set(p.print?.rowBreaks ?? []);
      // What a page holds under the rows repeated on it; a table taller than that must break inside.
      const room = printableSize(p.print?.orientation ?? 'landscape').height - heightOf(p, 1, (p.print?.titleRows?.last ?? 0) + 1);
      for (const b of p.blocks.filter((x) => x.style === 'heading')) {
        // The table runs from its heading to the row before the next heading or the end.
        const next = Math.min(...p.blocks.filter((x) => x.style === 'heading' && x.row > b.row).map((x) => x.row), Infinity);
        const last = Number.isFinite(next) ? next - 1 : Math.max(...p.rowHeights.keys());
        if (heightOf(p, b.row, last + 1) > room) continue;
        for (let r = b.row; r < last - 1; r++) assert.ok(!breaks.has(r), `${p.name}: a page break inside "${String(b.values[0]?.[0])}" after row ${r}`);
      }
      for (const c of p.charts) assert.ok(!breaks.has(c.anchor.row - 1), `${p.name}: ${c.spec.id} anchored on a page's first row`);
    }
  });

  it('puts every chart of the description on a sheet, reading numbers and empty cells (gaps) from the chart data', () => {
    const data = plans.find((p) => p.name === 'Chart data');
    assert.ok(data !== undefined);
    const placed = plans.flatMap((p) => p.charts);
    assert.deepEqual(placed.map((c) => c.spec), snapshotCharts(s));
    for (const c of placed) {
      assert.equal(c.categories.sheet, 'Chart data');
      c.spec.categories.forEach((label, i) => assert.equal(valueAt(data, c.categories.row1 + i, c.categories.col1), label));
      assert.equal(c.categories.row2 - c.categories.row1 + 1, c.spec.categories.length);
      c.series.forEach((ref, k) => {
        assert.equal(valueAt(data, ref.name.row1, ref.name.col1), c.spec.series[k]?.name);
        assert.deepEqual([ref.values.row1, ref.values.row2], [c.categories.row1, c.categories.row2]);
        c.spec.series[k]?.values.forEach((v, i) => assert.equal(valueAt(data, ref.values.row1 + i, ref.values.col1), v === null ? '' : v));
      });
    }
  });

  it('writes a jurisdiction\'s "&" as a literal in the footer, never as a header code', () => {
    const footers = snapshotSheetPlans({ ...s, jurisdiction: 'Smith & Jones &Partners' }).map((p) => p.print?.footerLeft);
    assert.equal(footers[0], 'Smith && Jones &&Partners Child and Family Snapshot, FFY2026 - &A');
  });

  it('prefixes every sheet and chart reference for the add-in', () => {
    const addin = snapshotSheetPlans(s, { prefix: 'Snapshot ' });
    assert.ok(addin.every((p) => p.name.startsWith('Snapshot ')));
    for (const c of addin.flatMap((p) => p.charts)) assert.equal(c.categories.sheet, 'Snapshot Chart data');
  });
});
