// What people really do to a workbook between receiving and returning it, each read back correctly
// or reported with the file, sheet and cell.

import assert from 'node:assert/strict';
import type ExcelJS from 'exceljs';
import { formatIssue, type Jurisdiction } from '../../src/core';
import { codes, edit, read, sampleJurisdiction, sheet, templateBytes } from '../helpers/fixtures';

const j: Jurisdiction = sampleJurisdiction();
let template: Buffer;

// Columns of the Services sheet as the template lays them out (A Service … O Comment).
const SERVICE_ROW = (name: string, provider: string): ExcelJS.CellValue[] => [name, null, provider, null, null, 10, 2, null, '3 - Partially in place', '2 - Emerging', '4 - Fully in place', '1 - Not in place'];

async function readEdited(change: (wb: ExcelJS.Workbook) => void) {
  return read(await edit(template, change), j, 'WG1.xlsx');
}

describe('realistic user edits to a submission', () => {
  before(async () => {
    template = await templateBytes(j, 'WG1');
  });

  it('reads rows separated by blank rows, and rows inserted inside the table', async () => {
    const r = await readEdited((wb) => {
      const ws = sheet(wb, 'S1 Services');
      ws.getRow(6).values = SERVICE_ROW('Parent education', 'Riverbend Family Resource Network');
      ws.getRow(12).values = SERVICE_ROW('Crisis nurseries', 'Safe Harbor');
      ws.spliceRows(8, 0, SERVICE_ROW('Respite care', 'Bridges Adoption and Family Services'));
    });
    assert.deepEqual(codes(r), []);
    assert.deepEqual(r.submission?.capacities[0]?.services.map((s) => [s.row, s.service]), [[6, 'Parent education'], [8, 'Respite care'], [13, 'Crisis nurseries']]);
  });

  it('keeps each rating with its item when the rows are sorted', async () => {
    const r = await readEdited((wb) => {
      const ws = sheet(wb, 'S1 Practice');
      ws.getCell('D6').value = '4 - Fully in place'; // PR01
      ws.getCell('D7').value = '1 - Not in place'; // PR02
      const rows = [6, 7, 8, 9, 10, 11].map((n) => ws.getRow(n).values);
      rows.reverse().forEach((values, i) => {
        ws.getRow(6 + i).values = values as ExcelJS.CellValue[];
      });
    });
    assert.deepEqual(codes(r), []);
    const practice = r.submission?.capacities[0]?.practice ?? [];
    assert.equal(practice.find((p) => p.itemId === 'PR01')?.rating, 4);
    assert.equal(practice.find((p) => p.itemId === 'PR02')?.rating, 1);
    assert.equal(practice.find((p) => p.itemId === 'PR01')?.row, 11, 'found where it was sorted to');
  });

  it('reads "3" typed instead of the dropdown text, stray spaces and numbers stored as text', async () => {
    const r = await readEdited((wb) => {
      const ws = sheet(wb, 'S1 Services');
      ws.getRow(6).values = ['  parent education ', null, '  Riverbend Family Resource Network ', null, null, ' 25 ', '3', null, '3', ' 2 ', 4, '1 - not in place'];
    });
    assert.deepEqual(codes(r), []);
    const s = r.submission?.capacities[0]?.services[0];
    assert.deepEqual([s?.service, s?.provider, s?.slots, s?.waitWeeks, s?.availability, s?.accessibility, s?.quality, s?.individualization, s?.category], ['Parent education', 'Riverbend Family Resource Network', 25, 3, 3, 2, 4, 1, 'Prevention']);
  });

  it('reads dates typed as text and dates in a 1904-system workbook', async () => {
    const r = await readEdited((wb) => {
      wb.properties.date1904 = true;
      const ws = sheet(wb, 'Plan');
      ws.getRow(6).getCell(2).value = 'S1';
      ws.getRow(6).getCell(4).value = 'Issue';
      ws.getRow(6).getCell(5).value = 'Goal';
      ws.getRow(6).getCell(7).value = 'Step';
      ws.getCell('M6').value = new Date(Date.UTC(2027, 2, 1));
      ws.getCell('N6').value = '3/31/2027';
      ws.getCell('T6').value = '2027-02-15';
    });
    assert.deepEqual(codes(r), []);
    const step = r.submission?.plan[0];
    assert.deepEqual([step?.startDate, step?.targetDate, step?.lastUpdate], ['2027-03-01', '2027-03-31', '2027-02-15']);
  });

  it('reads a raw serial number in a date column of a 1904-system workbook', async () => {
    const r = await readEdited((wb) => {
      wb.properties.date1904 = true;
      const ws = sheet(wb, 'Plan');
      ws.getRow(6).values = ['WG1-01', 'S1', null, 'Issue', 'Goal', null, 'Step'];
      ws.getCell('N6').value = 45015; // 2027-03-31 counted from 1904-01-01
      ws.getCell('N6').numFmt = 'General';
    });
    assert.deepEqual(codes(r), []);
    assert.equal(r.submission?.plan[0]?.targetDate, '2027-03-31');
  });

  it('reads rich text, hyperlinks and formulas by their visible value', async () => {
    const r = await readEdited((wb) => {
      const ws = sheet(wb, 'S1 Services');
      ws.getRow(6).values = SERVICE_ROW('x', 'y');
      ws.getCell('A6').value = { richText: [{ text: 'Parent ' }, { font: { bold: true }, text: 'education' }] };
      ws.getCell('C6').value = { text: 'Riverbend Family Resource Network', hyperlink: 'https://rfrn.example' };
      ws.getCell('F6').value = { formula: '10*2', result: 20 };
      ws.getCell('I6').value = { formula: '"3 - Partially in place"', result: '3 - Partially in place' };
    });
    assert.deepEqual(codes(r), []);
    const s = r.submission?.capacities[0]?.services[0];
    assert.deepEqual([s?.service, s?.provider, s?.slots, s?.availability], ['Parent education', 'Riverbend Family Resource Network', 20, 3]);
  });

  it('reports a formula without a saved value and an error cell by their cells', async () => {
    const r = await readEdited((wb) => {
      const ws = sheet(wb, 'S1 Services');
      ws.getRow(6).values = SERVICE_ROW('Parent education', 'RFRN');
      ws.getCell('F6').value = { formula: 'SUM(Z1:Z9)' } as ExcelJS.CellFormulaValue;
      ws.getCell('G6').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    });
    assert.deepEqual(r.issues.map(formatIssue), [
      'Slots / capacity: Cannot read the cell: a formula with no saved value (open and save the file in Excel) (WG1.xlsx › S1 Services!F6). Fix or clear the formula in this cell',
      'Wait time (weeks): Cannot read the cell: #N/A (WG1.xlsx › S1 Services!G6). Fix or clear the formula in this cell',
    ]);
    assert.equal(r.submission?.capacities[0]?.services[0]?.slots, null);
  });

  it('finds columns by header after columns are moved and notes are added above the table', async () => {
    const r = await readEdited((wb) => {
      const ws = sheet(wb, 'S1 Practice');
      ws.getCell('D6').value = '2 - Emerging';
      ws.getCell('E6').value = 'Seen in case reviews';
      ws.spliceColumns(5, 1); // take Evidence out…
      ws.spliceColumns(2, 0, [null, null, null, null, 'Evidence', 'Seen in case reviews']); // …and put it back as column B
      ws.spliceRows(1, 0, ['Notes from our meeting of 3 October'], []);
    });
    assert.deepEqual(codes(r), []);
    const pr01 = r.submission?.capacities[0]?.practice.find((p) => p.itemId === 'PR01');
    assert.deepEqual([pr01?.rating, pr01?.evidence, pr01?.row], [2, 'Seen in case reviews', 8]);
  });

  it('finds a sheet renamed only in case, and reads a merged cell once', async () => {
    const r = await readEdited((wb) => {
      const needs = sheet(wb, 'S1 Needs');
      needs.name = 'renaming'; // exceljs, unlike Excel, refuses a rename that only changes case
      needs.name = 's1 needs';
      const ws = sheet(wb, 'S1 Services');
      ws.getRow(6).values = SERVICE_ROW('Parent education', 'RFRN');
      ws.getCell('O6').value = 'Long comment';
      ws.unprotect();
      ws.mergeCells('O6:P6');
    });
    assert.deepEqual(codes(r), []);
    assert.equal(r.submission?.capacities[0]?.services[0]?.comment, 'Long comment');
  });

  it('reports a bad value with the file, sheet, cell and what to do', async () => {
    const r = await readEdited((wb) => {
      const ws = sheet(wb, 'S1 Practice');
      ws.getCell('D7').value = 'maybe';
      sheet(wb, 'S2 Services').getRow(9).values = SERVICE_ROW('Respite care', 'Bridges');
      sheet(wb, 'S2 Services').getCell('F9').value = 'about 20';
    });
    assert.deepEqual(r.issues.map(formatIssue), [
      'Rating: Must be 1-4 or Don\'t know, got "maybe" (WG1.xlsx › S1 Practice!D7). Choose a rating from the dropdown, or type just its number',
      'Slots / capacity: Must be a whole number from 0 to 100000, got "about 20" (WG1.xlsx › S2 Services!F9). Type a whole number, without words or units',
    ]);
  });

  it('reports a required field left blank on a filled row', async () => {
    const r = await readEdited((wb) => {
      sheet(wb, 'S1 Services').getRow(6).values = ['Parent education', null, null, null, null, null, null, null, '3'];
    });
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.cell]),
      [['REQUIRED_MISSING', 'C6'], ['REQUIRED_MISSING', 'J6'], ['REQUIRED_MISSING', 'K6'], ['REQUIRED_MISSING', 'L6']],
    );
    assert.equal(r.issues[0]?.message, 'Provider is required on a filled row, got nothing');
  });

  it('gives a step on an inserted row (no id) a stable derived id and says so', async () => {
    const step = ['', 'S2', 'Practice', 'Few safety plans reviewed', 'Every plan reviewed', null, 'Add a review to supervision'];
    const once = await readEdited((wb) => sheet(wb, 'Plan').spliceRows(6, 0, step));
    const again = await readEdited((wb) => sheet(wb, 'Plan').spliceRows(9, 0, step));
    assert.deepEqual(codes(once), ['STEP_ID_MISSING']);
    const id = once.submission?.plan[0]?.stepId;
    assert.match(id ?? '', /^WG1-X[0-9a-f]{6}$/);
    assert.equal(again.submission?.plan[0]?.stepId, id, 'same text, same id, wherever the row is');
  });

  it('warns about an item rated twice or deleted, counting it once', async () => {
    const r = await readEdited((wb) => {
      const ws = sheet(wb, 'S1 Leadership');
      ws.getCell('D6').value = '3';
      ws.spliceRows(7, 1); // LS02 deleted
      ws.unprotect();
      ws.getRow(20).values = ['LS01', 'Leadership commitment', null, '1'];
    });
    assert.deepEqual(codes(r), ['ITEM_DUPLICATE', 'ITEM_MISSING']);
    assert.equal(r.submission?.capacities[0]?.leadership.find((x) => x.itemId === 'LS01')?.rating, 3, 'the first row wins');
  });

  it('reports a deleted required column and a deleted sheet, and still reads the rest', async () => {
    const r = await readEdited((wb) => {
      sheet(wb, 'S1 Services').spliceColumns(3, 1);
      wb.removeWorksheet(sheet(wb, 'S2 Needs').id);
      sheet(wb, 'Conclusions').getRow(6).values = ['S1', 'Strength', 'Strong hotline'];
    });
    assert.deepEqual(r.issues.map((i) => [i.code, i.severity, i.sheet]), [
      ['COLUMN_MISSING', 'error', 'S1 Services'],
      ['SHEET_MISSING', 'error', 'S2 Needs'],
    ]);
    assert.equal(r.issues[0]?.message, 'Column "Provider" is missing from the header row');
    assert.equal(r.submission?.conclusions[0]?.finding, 'Strong hotline');
  });

  it('refuses a workbook without its metadata, from another jurisdiction or another template version', async () => {
    const noMeta = await readEdited((wb) => wb.removeWorksheet(sheet(wb, '_meta').id));
    const other = await readEdited((wb) => (sheet(wb, '_meta').getCell('B4').value = 'lakeside-county'));
    const version = await readEdited((wb) => (sheet(wb, '_meta').getCell('B1').value = '2'));
    assert.deepEqual([codes(noMeta), codes(other), codes(version)], [['NOT_A_SUBMISSION'], ['WRONG_JURISDICTION'], ['TEMPLATE_VERSION']]);
    assert.equal(formatIssue(other.issues[0]!), 'Made for jurisdiction "lakeside-county", not "riverbend-county" (WG1.xlsx). Check that the file belongs in this submissions folder, or use the matching jurisdiction file');
    assert.equal(noMeta.submission, null);
  });
});
