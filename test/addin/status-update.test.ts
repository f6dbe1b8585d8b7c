// "Quarterly status update" through the Office.js gateway on the fake workbook: the "Status update"
// sheet lists exactly the group's own filled action steps with their ids, its input cells are open and
// the status is a dropdown, a second run repairs without overwriting updates, and the core reads back
// what was typed.

import * as assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { STATUS_UPDATE_SHEET, statusMetaKey, type Jurisdiction } from '../../src/core';
import type { FakeWorkbook } from '../../src/excel/fake/fake-workbook';
import { checkWorkbook } from '../../src/taskpane/check-work';
import { runStatusUpdate, type StatusUpdateRun } from '../../src/taskpane/panels/status-panel';
import { readStatusUpdate } from '../../src/taskpane/status-update';
import { FIXED_NOW, blankWorkbook, gatewayOn, group, sampleJurisdiction, setUp } from './addin-fixtures';

/** Types one action step into the Plan sheet's row (its id is already there). */
function typeStep(wb: FakeWorkbook, row: number, action: string, status: string): void {
  wb.type('Plan', `B${row}`, 'S1');
  wb.type('Plan', `D${row}`, `Issue ${row}`);
  wb.type('Plan', `E${row}`, `Goal ${row}`);
  wb.type('Plan', `G${row}`, action);
  wb.type('Plan', `H${row}`, 'Dana Lee');
  wb.type('Plan', `N${row}`, '2027-06-30');
  wb.type('Plan', `R${row}`, status);
}

async function planned(): Promise<{ wb: FakeWorkbook; j: Jurisdiction; ids: string[] }> {
  const j = sampleJurisdiction();
  const wb = blankWorkbook();
  await setUp(wb, j, group(j, 'WG1'));
  typeStep(wb, 6, 'Recruit ten foster homes', 'In progress');
  typeStep(wb, 8, 'Train staff on safety planning', 'Not started');
  typeStep(wb, 9, 'Old idea', 'Dropped');
  const ids = [6, 8, 9].map((r) => String(wb.value('Plan', `A${r}`)));
  return { wb, j, ids };
}

async function run(wb: FakeWorkbook, j: Jurisdiction): Promise<Extract<StatusUpdateRun, { ok: true }>> {
  const result = await runStatusUpdate(gatewayOn(wb), j, FIXED_NOW, () => randomUUID());
  if (!result.ok) throw new Error(result.message);
  return result;
}

const column = (wb: FakeWorkbook, col: string, from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String(wb.value(STATUS_UPDATE_SHEET, `${col}${from + i}`)));

describe('add-in: quarterly status update', () => {
  it('adds a "Status update" sheet with exactly the group’s live steps and their ids', async () => {
    const { wb, j, ids } = await planned();
    const result = await run(wb, j);
    assert.deepEqual(result.result.created, [STATUS_UPDATE_SHEET]);
    assert.equal(result.steps, 2);
    assert.match(result.message, /lists your 2 action steps.*send it to your steering committee/);
    assert.ok(ids.every((id) => id.startsWith('WG1-')));
    assert.deepEqual(column(wb, 'A', 6, 8), [ids[0], ids[1], ''], 'the dropped step and blank rows are left out');
    assert.equal(wb.value(STATUS_UPDATE_SHEET, 'D6'), 'Recruit ten foster homes');
    assert.equal(wb.value(STATUS_UPDATE_SHEET, 'F7'), 'Not started');
    assert.equal(wb.value(STATUS_UPDATE_SHEET, 'H5'), 'New status');
    assert.match(String(wb.value(STATUS_UPDATE_SHEET, 'A1')), /Safety: quarterly status update/);
    const sheet = wb.sheet(STATUS_UPDATE_SHEET);
    assert.equal(sheet.visibility, 'Visible');
    assert.equal(sheet.protected, true);
    assert.equal(sheet.cells.get('6:1')?.locked, true, 'the step id is locked');
    for (const col of [8, 9, 10, 11, 12]) assert.equal(sheet.cells.get(`6:${col}`)?.locked, false, `column ${col} is open for input`);
    const status = sheet.validations.find((v) => v.address.startsWith('H6:'));
    assert.deepEqual(status?.rule, { list: { inCellDropDown: true, source: '=List_status' } });
    assert.throws(() => wb.type(STATUS_UPDATE_SHEET, 'A6', 'x'), /protected/);
    const meta = (await gatewayOn(wb).readState()).meta;
    assert.equal(meta?.get('kind') ?? '', '', 'the assessment metadata keeps no status-update kind');
    assert.match(meta?.get(statusMetaKey('updateId')) ?? '', /^[0-9a-f-]{36}$/);
    assert.equal(meta?.get(statusMetaKey('asOf')), '2026-10-01');
  });

  it('leaves the assessment readable as before', async () => {
    const { wb, j } = await planned();
    const before = checkWorkbook(await gatewayOn(wb).readGrid(), j);
    await run(wb, j);
    const after = checkWorkbook(await gatewayOn(wb).readGrid(), j);
    assert.deepEqual(after.problems.map((p) => p.code), before.problems.map((p) => p.code));
    assert.deepEqual(after.submission?.plan.map((p) => p.stepId), before.submission?.plan.map((p) => p.stepId));
  });

  it('a second run repairs without overwriting typed updates', async () => {
    const { wb, j } = await planned();
    await run(wb, j);
    const updateId = (await gatewayOn(wb).readState()).meta?.get(statusMetaKey('updateId'));
    wb.type(STATUS_UPDATE_SHEET, 'H6', 'Barrier');
    wb.type(STATUS_UPDATE_SHEET, 'I6', 'Two homes licensed');
    wb.names.delete('List_status');
    const again = await run(wb, j);
    assert.deepEqual(again.result.created, []);
    assert.deepEqual(again.result.namesAdded, ['List_status']);
    assert.match(again.message, /Nothing you typed was changed/);
    assert.equal(wb.value(STATUS_UPDATE_SHEET, 'H6'), 'Barrier');
    assert.equal(wb.value(STATUS_UPDATE_SHEET, 'I6'), 'Two homes licensed');
    assert.equal(wb.value('Plan', 'G6'), 'Recruit ten foster homes');
    assert.equal((await gatewayOn(wb).readState()).meta?.get(statusMetaKey('updateId')), updateId, 'the same round keeps its id');
    assert.equal(wb.sheets.filter((s) => s.name === STATUS_UPDATE_SHEET).length, 1);
  });

  it('reads back what was typed through the core’s parseStatusUpdate', async () => {
    const { wb, j, ids } = await planned();
    await run(wb, j);
    wb.type(STATUS_UPDATE_SHEET, 'H6', 'Barrier');
    wb.type(STATUS_UPDATE_SHEET, 'I6', 'Two homes licensed');
    wb.type(STATUS_UPDATE_SHEET, 'J6', '2027-09-30');
    wb.type(STATUS_UPDATE_SHEET, 'K6', 'No trainer for the licensing course');
    wb.type(STATUS_UPDATE_SHEET, 'L6', 'A trainer from the state office');
    wb.type(STATUS_UPDATE_SHEET, 'H7', 'Completed');
    const { update, issues } = readStatusUpdate(await gatewayOn(wb).readGrid(), j);
    assert.deepEqual(issues.filter((i) => i.severity === 'error'), []);
    assert.ok(update);
    assert.equal(update.groupId, 'WG1');
    assert.equal(update.asOf, '2026-10-01');
    assert.equal(update.updateId, (await gatewayOn(wb).readState()).meta?.get(statusMetaKey('updateId')));
    assert.deepEqual(
      update.rows.map(({ row: _row, ...r }) => r),
      [
        { stepId: ids[0], status: 'Barrier', progressNote: 'Two homes licensed', revisedTargetDate: '2027-09-30', barrier: 'No trainer for the licensing course', helpNeeded: 'A trainer from the state office' },
        { stepId: ids[1], status: 'Completed', progressNote: '', revisedTargetDate: '', barrier: '', helpNeeded: '' },
      ],
    );
  });

  it('says in words when the plan has no action steps yet, and creates nothing', async () => {
    const j = sampleJurisdiction();
    const wb = blankWorkbook();
    await setUp(wb, j, group(j, 'WG1'));
    const before = wb.sheets.map((s) => s.name);
    const result = await runStatusUpdate(gatewayOn(wb), j, FIXED_NOW, () => 'x');
    assert.equal(result.ok, false);
    assert.match(result.message, /no open action steps on the "Plan" sheet/);
    assert.deepEqual(wb.sheets.map((s) => s.name), before);
  });

  it('refuses a workbook that is not set up', async () => {
    const result = await runStatusUpdate(gatewayOn(blankWorkbook()), sampleJurisdiction(), FIXED_NOW, () => 'x');
    assert.equal(result.ok, false);
    assert.match(result.message, /not a work-group workbook/);
  });
});
