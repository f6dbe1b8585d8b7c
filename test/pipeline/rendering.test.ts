// Every workbook the pipeline writes, as a reader sees it on paper:
// converted to PDF by LibreOffice and read back with pdftotext -bbox. No text under 8 pt, every label
// and text whole (none cut at a cell's edge, none in a row too short, no word broken inside), pages
// within budget; the Snapshot's tables each whole on their page with their chart beside them.

import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { type Snapshot } from '../../src/core';
import { snapshotCharts } from '../../src/core/charts';
import { requireTool } from '../helpers/external-tools';
import { CAN_RENDER, missingTexts, pageText, pagesWith, renderWorkbooks, smallestText, type RenderedPdf } from '../helpers/render';
import { sampleSnapshot, sampleWorkbooks } from '../helpers/sample-outputs';

/** Pages each workbook may take (the sample data); before this layout: 12, 33, 5, 1 and 17 at 2–5 pt. */
// The Snapshot: each table on its page with its chart (16), and four pages of definitions and privacy notes.
// The plan: its wide tables (Plan, Services, Evidence, Needs) in column bands of a landscape page each.
const PAGE_BUDGET = { template: 28, snapshot: 20, roster: 10, status: 3, plan: 95 } as const;
type Name = keyof typeof PAGE_BUDGET;

/** The strings a reader must find whole on paper: every text cell of every printed sheet, in its print area. */
async function printedTexts(bytes: Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const texts: string[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') continue;
    const area = /^\$?[A-Z]+\$?(\d+):/.exec(ws.pageSetup.printArea ?? '');
    const firstRow = area === null ? 1 : Number(area[1]);
    ws.eachRow((row, r) => {
      if (r < firstRow) return;
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        if (typeof cell.value === 'string' && cell.value.trim() !== '') texts.push(cell.value);
      });
    });
  }
  return texts;
}

describe('printed workbooks (LibreOffice → PDF)', function () {
  this.timeout(300_000);
  let pdfs: Record<Name, RenderedPdf>;
  let bytes: Record<Name, Buffer>;
  let snapshot: Snapshot;

  before(async function () {
    requireTool(this, 'LibreOffice and poppler-utils (Debian libreoffice-calc-nogui, poppler-utils)', CAN_RENDER);
    const sample = await sampleSnapshot();
    snapshot = sample.snapshot;
    bytes = { ...(await sampleWorkbooks()), snapshot: sample.xlsx };
    const names = Object.keys(PAGE_BUDGET) as Name[];
    const rendered = await renderWorkbooks(Object.fromEntries(names.map((n) => [`${n}.xlsx`, bytes[n]])));
    pdfs = Object.fromEntries(names.map((n) => [n, rendered[`${n}.xlsx`]])) as Record<Name, RenderedPdf>;
  });

  for (const name of Object.keys(PAGE_BUDGET) as Name[]) {
    it(`${name}: no text under 8 pt, every text whole, at most ${PAGE_BUDGET[name]} pages`, async () => {
      const doc = pdfs[name];
      const small = smallestText(doc);
      console.log(`      ${name}: ${doc.pages.length} pages, smallest text ${small.size.toFixed(1)} pt ("${small.word}", page ${small.page})`);
      assert.ok(small.size >= 8, `"${small.word}" on page ${small.page} prints at ${small.size.toFixed(1)} pt`);
      assert.deepEqual(missingTexts(doc, await printedTexts(bytes[name])), [], 'texts cut, broken or hidden on paper');
      assert.ok(doc.pages.length <= PAGE_BUDGET[name], `${doc.pages.length} pages`);
    });
  }

  it('snapshot: every table whole on one page, with its chart drawn on that page', () => {
    const doc = pdfs.snapshot;
    const charts = snapshotCharts(snapshot);
    for (const section of snapshot.sections) {
      for (const t of section.tables) {
        const last = t.rows[t.rows.length - 1]?.label ?? t.title;
        const pages = pagesWith(doc, t.title).filter((p) => pagesWith(doc, last).includes(p));
        assert.ok(pages.length > 0, `"${t.title}" and its last row "${last}" are not on one page`);
        for (const c of charts.filter((x) => x.table === t.id)) {
          // The chart's own words: its axis title and each category a second time (the axis labels).
          const on = pages.filter((p) => {
            const text = ` ${pageText(doc.pages[p - 1] ?? { width: 0, height: 0, words: [] })} `;
            const times = (s: string): number => text.split(` ${s} `).length - 1;
            return times(c.valueAxisTitle) >= 1 && c.categories.every((cat) => times(cat.split(' ')[0] ?? cat) >= 2);
          });
          assert.ok(on.length > 0 || pagesWith(doc, c.title).some((p) => p === (pages[0] ?? 0) + 1), `the chart "${c.title}" is not drawn beside its table`);
        }
      }
    }
  });

  it('snapshot: "*" stands right-aligned with the numbers of its column', () => {
    let markers = 0;
    for (const page of pdfs.snapshot.pages) {
      const numbers = page.words.filter((w) => /^[\d,.]+%?$/.test(w.text));
      // A footnote's "*" has its text right after it on the line; a marker stands alone in its cell.
      const alone = (i: number): boolean => {
        const next = page.words[i + 1];
        const w = page.words[i];
        return w !== undefined && (next === undefined || Math.abs(next.y0 - w.y0) > 1 || next.x0 - w.x1 > 12);
      };
      for (const star of page.words.filter((w, i) => w.text === '*' && alone(i))) {
        markers += 1;
        assert.ok(numbers.some((n) => Math.abs(n.x1 - star.x1) < 0.8), `a "*" at x=${star.x1.toFixed(1)} lines up with no number`);
      }
    }
    assert.ok(markers > 10, `${markers} suppression markers checked`);
  });
});
