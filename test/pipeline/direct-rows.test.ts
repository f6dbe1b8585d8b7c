// Rows written straight into the sheet stream must be exactly what exceljs writes for the same cells:
// the same worksheet XML, style sheet and shared strings, byte for byte.

import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer';
import { unzipSync } from 'fflate';
import { directRows, type DirectCell } from '../../pipeline/merge/direct-rows';
import { runMerge } from '../../pipeline/merge/run-merge';
import { QUIET, scratch } from '../helpers/merge-fixtures';
import { readFileSync } from 'node:fs';
import { STYLES, derive, fill } from '../../pipeline/merge/sheet-kit';
import { fittedRowHeight, utcMsFromIso } from '../../src/core';

const overdue = derive(STYLES.plain, 'FFFCE4D6', fill('FFFCE4D6'));
const removedDate = derive(derive(STYLES.date, 'FFEDEDED', fill('FFEDEDED')), 'italic', { font: { italic: true } });

/** Every kind of cell the plan writes: text (formula-looking too), numbers, dates, blanks with and without a style. */
const ROWS: (DirectCell | undefined)[][] = [
  [{ value: 'G001-01', style: STYLES.plain }, undefined, { value: '=SUM(A1:A9)', style: STYLES.long }, { value: 0.25, style: STYLES.percent }, { value: new Date(utcMsFromIso('2027-01-31')), style: STYLES.date }],
  [{ value: 'G001-01', style: overdue }, { value: null, style: overdue }, { value: 'a & <b> "c"', style: overdue }, { value: null, style: STYLES.plain }, { value: new Date(utcMsFromIso('1999-12-31')), style: removedDate }],
  [undefined, undefined, { value: 12345.678, style: STYLES.plain }, { value: null, style: STYLES.plain }],
  [{ value: null, style: STYLES.plain }],
  [{ value: null, style: overdue }, { value: null, style: STYLES.bold }],
  [],
  [{ value: '  spaced  ', style: STYLES.plain }, { value: 'tab\there', style: STYLES.title }],
];

async function render(write: (wb: WorkbookWriter, ws: WorkbookWriter.StreamingWorksheet) => void): Promise<Record<string, string>> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise((resolve) => out.on('end', resolve));
  const wb = new WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: true });
  const ws = wb.addWorksheet('Table');
  ws.getColumn(1).width = 12;
  ws.getColumn(3).width = 14;
  ws.getCell('A1').value = 'Header';
  ws.getCell('A1').style = STYLES.header;
  write(wb, ws);
  ws.commit();
  await wb.commit();
  await finished;
  const parts = unzipSync(Buffer.concat(chunks));
  return Object.fromEntries(Object.entries(parts).map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]));
}

/** The same cells through exceljs's own rows and cells. */
function throughExceljs(ws: ExcelJS.Worksheet, first: number): void {
  ROWS.forEach((cells, i) =>
    cells.forEach((cell, c) => {
      if (cell === undefined) return;
      const target = ws.getRow(first + i).getCell(c + 1);
      target.value = cell.value;
      target.style = cell.style;
    }),
  );
}

describe('rows written directly into the sheet', () => {
  it('are the worksheet, styles and shared strings exceljs writes for the same cells', async () => {
    const reference = await render((_wb, ws) => throughExceljs(ws, 3));
    const direct = await render((wb, ws) => directRows(wb, ws)(3, ROWS));
    const sheet = 'xl/worksheets/sheet1.xml';
    assert.match(reference[sheet] ?? '', /<row r="4" spans="1:5"[^>]*><c r="A4" s="\d+" t="s">/, 'the reference holds the rows');
    assert.deepEqual(Object.keys(direct).sort(), Object.keys(reference).sort());
    for (const part of [sheet, 'xl/styles.xml', 'xl/sharedStrings.xml']) assert.equal(direct[part], reference[part], part);
  });

  it('refuse to start where exceljs still holds a row, which it would write out of order', async () => {
    await assert.rejects(
      render((wb, ws) => {
        ws.getCell('A7').value = 'below';
        directRows(wb, ws)(3, ROWS);
      }),
      /exceljs still holds row 7 of Table/,
    );
  });

  it('leave the rows above them to exceljs', async () => {
    const direct = await render((wb, ws) => directRows(wb, ws)(5, ROWS.slice(0, 1)));
    const xml = direct['xl/worksheets/sheet1.xml'] ?? '';
    assert.match(xml, /<sheetData><row r="1"[^>]*><c r="A1" s="\d+" t="s"><v>0<\/v><\/c><\/row><row r="5" spans="1:5"/);
  });

  it('are as tall as their wrapped text, in the column or the columns a cell spans, as exceljs writes a height', async () => {
    const long = 'A step of the plan that says at some length what will be done, by whom and by when.';
    const rows: DirectCell[][] = [[{ value: long, style: STYLES.long }], [{ value: long, style: STYLES.long, span: 3 }], [{ value: long, style: STYLES.plain }]];
    const direct = await render((wb, ws) => directRows(wb, ws)(3, rows));
    const reference = await render((_wb, ws) => {
      rows.forEach((cells, i) => {
        const cell = ws.getRow(3 + i).getCell(1);
        cell.value = long;
        cell.style = cells[0]?.style ?? {};
      });
      // The core's estimate (checked against LibreOffice in text-fit's tests) in column A, 12 wide, and
      // across A to C (12, exceljs's default 9.14, 14); unwrapped, one line, no height.
      ws.getRow(3).height = fittedRowHeight([{ text: long, width: 12 }]);
      ws.getRow(4).height = fittedRowHeight([{ text: long, width: 12 + 9.140625 + 14 }]);
    });
    const sheet = 'xl/worksheets/sheet1.xml';
    const rowsOf = (xml: string | undefined): string[] => [...(xml ?? '').matchAll(/<row [^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(rowsOf(direct[sheet]), rowsOf(reference[sheet]));
    assert.match(direct[sheet] ?? '', /<mergeCells count="1"><mergeCell ref="A4:C4"\/><\/mergeCells>/);
  });

  it('take merged ranges without exceljs making rows of its own for the merged cells', async () => {
    const direct = await render((wb, ws) => {
      directRows(wb, ws)(3, ROWS.map((cells, i) => (i === 0 || i === 6 ? cells.map((c, k) => (c !== undefined && k === 2 - (i === 6 ? 2 : 0) ? { ...c, span: 3 - (i === 6 ? 1 : 0) } : c)) : cells)));
    });
    const xml = direct['xl/worksheets/sheet1.xml'] ?? '';
    assert.match(xml, /<mergeCells count="2"><mergeCell ref="C3:E3"\/><mergeCell ref="A9:B9"\/><\/mergeCells>/);
    const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    assert.deepEqual(rows, [...new Set(rows)].sort((a, b) => a - b), 'each row once, in order');
  });

  it('write each row of every sheet of the sample plan once, in order', async function () {
    this.timeout(60_000);
    const s = scratch();
    try {
      const run = await runMerge(s.options(), QUIET);
      const parts = unzipSync(readFileSync(run.written[0]?.path ?? ''));
      for (const [name, bytes] of Object.entries(parts)) {
        if (!name.startsWith('xl/worksheets/sheet')) continue;
        const rows = [...Buffer.from(bytes).toString('utf8').matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
        assert.ok(rows.every((r, i) => i === 0 || r > (rows[i - 1] ?? 0)), `${name}: rows ${rows.join(',').slice(0, 120)}`);
      }
    } finally {
      s.remove();
    }
  });
});
