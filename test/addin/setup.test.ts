// "Set up my work group" through the Office.js gateway on the fake workbook: exactly the template's
// sheets from the core layout, a repair that leaves entries alone, and the sync budget.

import * as assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { completeness } from '../../src/core';
import { parseArea } from '../../src/excel/fake/fake-model';
import { checkWorkbook } from '../../src/taskpane/check-work';
import { planSetup } from '../../src/taskpane/setup-plan';
import { read, templateBytes } from '../helpers/fixtures';
import { FIXED_NOW, blankWorkbook, gatewayOn, group, sampleJurisdiction, setUp, threeCapacityJurisdiction } from './addin-fixtures';

async function templateSheets(groupId: string): Promise<{ name: string; state: string }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await templateBytes(sampleJurisdiction(), groupId)) as unknown as ExcelJS.Buffer);
  return wb.worksheets.map((ws) => ({ name: ws.name, state: ws.state }));
}

describe('add-in: set up my work group', () => {
  it('creates exactly the sheets of the exceljs template, in order, hidden the same way', async () => {
    const j = sampleJurisdiction();
    const wb = blankWorkbook();
    const result = await setUp(wb, j, group(j, 'WG1'));
    const state = (v: string): string => (v === 'VeryHidden' ? 'veryHidden' : v.toLowerCase());
    assert.deepEqual(wb.sheets.map((s) => ({ name: s.name, state: state(s.visibility) })), await templateSheets('WG1'));
    assert.deepEqual(result.removed, ['Sheet1']);
    assert.equal(wb.activeSheet, 'Start here');
  });

  it('renders the layout like the template writer: locks, colours, dropdowns, prompts, freeze, protection', async () => {
    const j = sampleJurisdiction();
    const wb = blankWorkbook();
    await setUp(wb, j, group(j, 'WG1'));
    const practice = wb.sheet('S1 Practice');
    assert.equal(practice.frozenRows, 5);
    assert.equal(practice.protected, true);
    assert.equal(practice.protectionOptions['allowInsertRows'], true);
    assert.equal(practice.cells.get('5:4')?.value, 'Rating');
    assert.equal(practice.cells.get('5:4')?.fill, '#1F4E79');
    const item = practice.cells.get('6:2');
    assert.equal(item?.locked, true, 'a prefilled item is locked');
    assert.equal(item?.fill, '#E7E6E6');
    assert.equal(practice.cells.get('6:4')?.locked, false, 'the rating cell is open');
    const rating = practice.validations.find((v) => v.address.startsWith('D6:'));
    assert.deepEqual(rating?.rule, { list: { inCellDropDown: true, source: '=List_rating' } });
    assert.equal(rating?.prompt?.title, 'Rating');
    assert.match(rating?.prompt?.message ?? '', /Not in place/);
    assert.equal(wb.names.get('List_rating'), 'Lists!$A$2:$A$6');
    const meta = wb.sheet('_meta');
    assert.equal(meta.visibility, 'VeryHidden');
    const dueRow = [...meta.cells.entries()].find(([, c]) => c.value === 'dueDate')?.[0].split(':')[0];
    assert.equal(meta.cells.get(`${dueRow}:2`)?.value, '2026-11-30', 'dates in the metadata stay text');
    assert.equal(wb.sheet('Start here').tabColor, '#1F4E79');
    assert.equal(practice.pageLayout['printTitleRows'], '$5:$5');
  });

  it('reads back, through the core, like the exceljs template does', async () => {
    const j = sampleJurisdiction();
    const wb = blankWorkbook();
    await setUp(wb, j, group(j, 'WG2'));
    const fromAddin = checkWorkbook(await gatewayOn(wb).readGrid(), j);
    const fromFile = read(await templateBytes(j, 'WG2'), j);
    assert.deepEqual(fromAddin.problems.map((p) => p.code), fromFile.issues.map((i) => i.code));
    assert.deepEqual(fromAddin.progress, fromFile.submission === null ? [] : completeness(fromFile.submission));
    assert.deepEqual(fromAddin.submission?.plan.map((p) => p.stepId), fromFile.submission?.plan.map((p) => p.stepId));
  });

  it('repairs a missing sheet without touching entered data, and puts it back in its place', async () => {
    const j = sampleJurisdiction();
    const wb = blankWorkbook();
    await setUp(wb, j, group(j, 'WG1'));
    wb.type('S1 Practice', 'D6', '3');
    wb.type('S1 Practice', 'E6', 'Seen in case reviews');
    const before = wb.sheets.map((s) => s.name);
    wb.sheets.splice(wb.sheets.findIndex((s) => s.name === 'S2 Needs'), 1);
    const result = await setUp(wb, j, group(j, 'WG1'));
    assert.deepEqual(result.created, ['S2 Needs']);
    assert.deepEqual(result.removed, []);
    assert.deepEqual(wb.sheets.map((s) => s.name), before);
    assert.equal(wb.value('S1 Practice', 'D6'), 3);
    assert.equal(wb.value('S1 Practice', 'E6'), 'Seen in case reviews');
  });

  it('refuses to set a workbook up for a second work group', async () => {
    const j = sampleJurisdiction();
    const wb = blankWorkbook();
    await setUp(wb, j, group(j, 'WG1'));
    const planned = planSetup(j, group(j, 'WG2'), await gatewayOn(wb).readState(), FIXED_NOW, () => 'x');
    assert.equal(planned.kind, 'other-group');
    assert.match(planned.kind === 'other-group' ? planned.message : '', /already set up for Safety/);
  });

  it('sets up a 3-capacity group in at most 4 context.sync() calls', async () => {
    const j = threeCapacityJurisdiction();
    const wb = blankWorkbook();
    await setUp(wb, j, group(j, 'WG1'));
    assert.equal(wb.sheets.filter((s) => s.visibility === 'Visible').length, 1 + 3 * 4 + 2);
    console.log(`      set-up, 3 capacities: ${wb.syncCount} syncs, ${wb.requests.length} requests, largest ${Math.max(...wb.requests.map((r) => r.bytes))} bytes`);
    assert.ok(wb.syncCount <= 4, `took ${wb.syncCount} syncs`);
  });

  it('a person cannot type into locked cells after set-up, but can into input cells', async () => {
    const j = sampleJurisdiction();
    const wb = blankWorkbook();
    await setUp(wb, j, group(j, 'WG1'));
    assert.throws(() => wb.type('S1 Practice', 'A6', 'x'), /protected/);
    const last = parseArea('B1').r1;
    assert.equal(last, 1);
    wb.type('Plan', 'D6', 'Not enough foster homes');
    assert.equal(wb.value('Plan', 'D6'), 'Not enough foster homes');
  });
});
