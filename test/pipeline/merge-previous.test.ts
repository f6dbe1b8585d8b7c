// --previous: the committee's edits in last round's plan survive the next merge by stable id, a
// step that vanished from its group's workbook is kept and marked removed, and every change is listed.

import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { COMMITTEE_FIELDS, CONSOLIDATED_PLAN_COLUMNS, type PlanStep } from '../../src/core';
import { readPreviousPlan } from '../../pipeline/merge/previous-plan-reader';
import { readGrid } from '../../pipeline/xlsx/fast-grid-reader';
import { runMerge } from '../../pipeline/merge/run-merge';
import { edit, sampleJurisdiction, sheet } from '../helpers/fixtures';
import { QUIET, scratch, type Scratch } from '../helpers/merge-fixtures';

const col = (key: keyof PlanStep): number => CONSOLIDATED_PLAN_COLUMNS.findIndex((c) => c.key === key) + 1;

/** Sets fields of one step in a plan workbook, as a committee member does in Excel. */
function setStep(wb: ExcelJS.Workbook, stepId: string, values: Partial<Record<keyof PlanStep, ExcelJS.CellValue>>): void {
  const ws = sheet(wb, 'Plan');
  let found = false;
  ws.eachRow((row) => {
    if (row.getCell(1).value !== stepId) return;
    found = true;
    for (const [key, value] of Object.entries(values)) row.getCell(col(key as keyof PlanStep)).value = value as ExcelJS.CellValue;
  });
  assert.ok(found, `no row for ${stepId}`);
}

describe('merge with --previous', function () {
  this.timeout(60_000);
  let s: Scratch;
  let previous: string;
  const wg1 = (): string => path.join(s.submissions, 'riverbend-county-WG1.xlsx');
  const step = (steps: readonly PlanStep[], id: string): PlanStep | undefined => steps.find((x) => x.stepId === id);

  beforeEach(async () => {
    s = scratch();
    previous = path.join(s.dir, 'previous.xlsx');
    await runMerge(s.options({ out: previous }), QUIET);
  });
  afterEach(() => s.remove());

  it('keeps the committee’s edits, applies the group’s, and lists both kinds of change', async () => {
    writeFileSync(previous, await edit(readFileSync(previous), (wb) => {
      setStep(wb, 'WG1-01', { status: 'Barrier', progressNote: 'Waiting on the MOU with the hospital', leadPerson: 'Tom Kowalczyk', targetDate: new Date(Date.UTC(2027, 11, 31)) });
      setStep(wb, 'WG1-05', { status: 'Barrier' });
    }));
    writeFileSync(wg1(), await edit(readFileSync(wg1()), (wb) => {
      const plan = sheet(wb, 'Plan');
      plan.getCell('E7').value = 'A sharper goal for step 2';
      plan.getCell('R11').value = 'In progress'; // WG1-06: the group's own status update
      plan.getCell('R10').value = 'Completed'; // WG1-05: the committee said Barrier meanwhile
      for (let c = 2; c <= 20; c++) plan.getRow(8).getCell(c).value = null; // WG1-03 deleted by the group
    }));
    const { result } = await runMerge(s.options({ previous }), QUIET);
    const steps = result.plan.steps;
    assert.deepEqual(
      [step(steps, 'WG1-01')?.status, step(steps, 'WG1-01')?.progressNote, step(steps, 'WG1-01')?.leadPerson, step(steps, 'WG1-01')?.targetDate],
      ['Barrier', 'Waiting on the MOU with the hospital', 'Tom Kowalczyk', '2027-12-31'],
    );
    assert.equal(step(steps, 'WG1-02')?.goal, 'A sharper goal for step 2');
    assert.equal(step(steps, 'WG1-06')?.status, 'In progress');
    assert.equal(step(steps, 'WG1-05')?.status, 'Barrier', 'on a conflict the committee’s value is kept');
    assert.equal(step(steps, 'WG1-03')?.origin, 'removed', 'kept, never silently dropped');
    const changes = (result.plan.changes ?? []).map((c) => `${c.stepId} ${c.change} ${c.field}`);
    assert.deepEqual(changes.filter((c) => c.startsWith('WG1-0')), ['WG1-02 changed goal', 'WG1-03 removed ', 'WG1-05 conflict status', 'WG1-06 status status']);
    assert.equal(result.plan.changes?.find((c) => c.change === 'conflict')?.after, 'Completed (from the group; the committee\'s value was kept)');
  });

  it('keeps the committee’s edits round after round, and reports nothing new when nothing changed', async () => {
    writeFileSync(previous, await edit(readFileSync(previous), (wb) => setStep(wb, 'WG2-02', { status: 'Completed', progressNote: 'Done in March' })));
    const second = path.join(s.dir, 'second.xlsx');
    const first = await runMerge(s.options({ previous, out: second }), QUIET);
    assert.equal(first.result.plan.changes?.length, 0);
    const again = await runMerge(s.options({ previous: second, out: path.join(s.dir, 'third.xlsx') }), QUIET);
    assert.deepEqual(again.result.plan.changes, []);
    assert.deepEqual(again.result.plan.steps, first.result.plan.steps);
    assert.equal(step(again.result.plan.steps, 'WG2-02')?.status, 'Completed');
  });

  it('carries the steps of a group that sent nothing valid this round, instead of removing them', async () => {
    rmSync(path.join(s.submissions, 'riverbend-county-WG2.xlsx'));
    const { result } = await runMerge(s.options({ previous }), QUIET);
    const wg2 = result.plan.steps.filter((x) => x.groupId === 'WG2');
    assert.ok(wg2.length > 0 && wg2.every((x) => x.origin === 'carried'));
    assert.deepEqual(result.plan.changes, []);
  });

  it('refuses a previous plan that is not one, and writes nothing', async () => {
    const out = path.join(s.dir, 'new.xlsx');
    await assert.rejects(runMerge(s.options({ previous: path.join(s.submissions, 'riverbend-county-WG1.xlsx'), out }), QUIET), /is not a consolidated plan made by service-array merge\. Nothing was written/);
    assert.throws(() => readFileSync(out), /ENOENT/);
  });

  it('reads back what it wrote for every step, though "_written" lists only the steps that differ from "_basis"', async () => {
    const j = sampleJurisdiction();
    const run = await runMerge(s.options({ out: previous }), QUIET);
    const wrote = new Map(run.result.plan.steps.map((x) => [x.stepId, Object.fromEntries(COMMITTEE_FIELDS.map((f) => [f, x[f]]))] as const));
    const back = await readPreviousPlan(previous, j);
    assert.deepEqual(back.plan.written, wrote);
    assert.deepEqual(back.plan.basis, run.result.basis);
    const grid = readGrid(readFileSync(previous));
    const hiddenRows = grid.sheets.find((x) => x.name === '_written')?.rows.length;
    assert.ok(hiddenRows !== undefined && hiddenRows < wrote.size / 2, `${hiddenRows} rows in _written for ${wrote.size} steps`);
    // A blank field is no cell at all, and still reads back blank (checked just above).
    assert.ok([...run.result.basis.values()].some((b) => Object.values(b).includes('')), 'the samples have blank basis fields');
    let blankCells = 0;
    await edit(readFileSync(previous), (wb) =>
      sheet(wb, '_basis').eachRow((row) =>
        row.eachCell((c) => {
          if (c.value === '') blankCells += 1;
        }),
      ),
    );
    assert.equal(blankCells, 0, 'cells holding blank text in _basis');
  });

  it('still reads a plan of schema 1, whose "_written" lists every step', async () => {
    const j = sampleJurisdiction();
    const run = await runMerge(s.options({ out: previous }), QUIET);
    const steps = run.result.plan.steps;
    writeFileSync(previous, await edit(readFileSync(previous), (wb) => {
      sheet(wb, '_meta').eachRow((row) => {
        if (row.getCell(1).value === 'schemaVersion') row.getCell(2).value = '1';
      });
      const written = sheet(wb, '_written');
      // Every step as a schema-1 plan lists it, one of them edited by the committee after the basis.
      steps.forEach((x, i) => written.getRow(i + 2).values = [x.stepId, ...COMMITTEE_FIELDS.map((f) => (i === 0 && f === 'status' ? 'Stalled' : x[f]))]);
    }));
    const back = await readPreviousPlan(previous, j);
    assert.equal(back.plan.written?.size, steps.length);
    assert.equal(back.plan.written?.get(steps[0]?.stepId ?? '')?.status, 'Stalled');
  });
});
