// The Collaborative over two years, end to end through real xlsx files: the plan finalised, then four
// quarterly rounds of status-update workbooks and committee edits (with a conflict), members joining
// and leaving, and the plan, history and Quarterly review checked at every stage.

import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { CONSOLIDATED_PLAN_COLUMNS, STATUS_UPDATE_COLUMNS, cellText, findSheet, type ConsolidatedPlan, type Jurisdiction, type PlanStep } from '../../src/core';
import { readJurisdiction } from '../../pipeline/config/read-jurisdiction';
import { runMerge } from '../../pipeline/merge/run-merge';
import { writeStatusTemplates } from '../../pipeline/monitoring/write-status-templates';
import { readGrid } from '../../pipeline/xlsx/fast-grid-reader';
import { edit, sheet } from '../helpers/fixtures';
import { CONFIG, QUIET, scratch, type Scratch } from '../helpers/merge-fixtures';

type UpdateKey = (typeof STATUS_UPDATE_COLUMNS)[number]['key'];

/** A work group fills in its status-update workbook, as a person does in Excel. */
async function fillUpdate(file: string, rows: Record<string, Partial<Record<UpdateKey, ExcelJS.CellValue>>>): Promise<void> {
  writeFileSync(file, await edit(readFileSync(file), (wb) => {
    const ws = sheet(wb, 'Status update');
    for (const [stepId, values] of Object.entries(rows)) {
      let found = false;
      ws.eachRow((row) => {
        if (row.getCell(1).value !== stepId) return;
        found = true;
        for (const [key, value] of Object.entries(values)) row.getCell(STATUS_UPDATE_COLUMNS.findIndex((c) => c.key === key) + 1).value = value as ExcelJS.CellValue;
      });
      assert.ok(found, `no row for ${stepId} in ${path.basename(file)}`);
    }
  }));
}

/** The committee edits the plan workbook between meetings. */
async function editPlan(file: string, stepId: string, values: Partial<Record<keyof PlanStep, ExcelJS.CellValue>>): Promise<void> {
  writeFileSync(file, await edit(readFileSync(file), (wb) => {
    sheet(wb, 'Plan').eachRow((row) => {
      if (row.getCell(1).value !== stepId) return;
      for (const [key, value] of Object.entries(values)) row.getCell(CONSOLIDATED_PLAN_COLUMNS.findIndex((c) => c.key === key) + 1).value = value as ExcelJS.CellValue;
    });
  }));
}

const step = (p: ConsolidatedPlan, id: string): PlanStep => {
  const s = p.steps.find((x) => x.stepId === id);
  assert.ok(s !== undefined, `no step ${id}`);
  return s;
};
const historyOf = (p: ConsolidatedPlan): string[] => p.history.map((h) => `${h.date} ${h.stepId} ${h.field} ${h.source}: ${h.before} -> ${h.after}`);

describe('two years of the Collaborative (plan, four quarterly rounds)', function () {
  this.timeout(120_000);
  let s: Scratch;
  let config: string;
  const plans: string[] = [];
  const planFile = (n: number): string => path.join(s.dir, `plan-${n}.xlsx`);
  const round = async (n: number, asOf: string, fill: (files: Map<string, string>) => Promise<void>): Promise<ConsolidatedPlan> => {
    const written = await writeStatusTemplates(await loadJurisdiction(), { plan: planFile(n - 1), outDir: path.join(s.dir, `updates-${n}`), asOf, now: new Date(`${asOf}T09:00:00Z`), updateId: (g) => `round${n}-${g.id}` });
    const files = new Map(written.map((w) => [w.group.id, w.file] as const));
    await fill(files);
    // Only the groups that sent something back drop their file into the submissions folder.
    for (const [, file] of files) if (readFileSync(file).length > 0 && filled.has(file)) copyFileSync(file, path.join(s.submissions, path.basename(file)));
    const { result } = await runMerge(s.options({ config, previous: planFile(n - 1), out: planFile(n), asOf }), QUIET);
    plans.push(planFile(n));
    return result.plan;
  };
  const filled = new Set<string>();
  const fillAndMark = async (file: string | undefined, rows: Parameters<typeof fillUpdate>[1]): Promise<void> => {
    assert.ok(file !== undefined);
    await fillUpdate(file, rows);
    filled.add(file);
  };
  const loadJurisdiction = async (): Promise<Jurisdiction> => (await readJurisdiction(config)).jurisdiction;
  const roster = (changes: (raw: { stakeholders: Record<string, unknown>[]; workGroups: { id: string; members: string[] }[] }) => void): void => {
    const raw = JSON.parse(readFileSync(config, 'utf8')) as { stakeholders: Record<string, unknown>[]; workGroups: { id: string; members: string[] }[] };
    changes(raw);
    writeFileSync(config, JSON.stringify(raw, null, 2));
  };

  before(async () => {
    s = scratch();
    config = path.join(s.dir, 'jurisdiction.json');
    copyFileSync(CONFIG, config);
    // Attendance for the three full-day meetings: everyone came to 1 and 2; the food bank's member stopped after 1.
    roster((raw) => raw.stakeholders.forEach((p) => (p['attended'] = p['id'] === 'p27' ? [1] : [1, 2, '2027-01-05'])));
  });
  after(() => s.remove());

  it('stage 0: the plan is finalised for the third meeting, with no history yet', async () => {
    const { result } = await runMerge(s.options({ config, out: planFile(0), asOf: '2027-01-04' }), QUIET);
    const p = result.plan;
    assert.equal(p.nextMeeting?.number, 3);
    assert.match(p.nextMeeting?.needs ?? '', /finalised plan/);
    assert.deepEqual(p.history, []);
    assert.deepEqual(p.roster.atRisk, [], 'only meeting 2 missed so far');
    assert.equal(step(p, 'WG1-01').status, 'In progress');
  });

  it('round 1: group updates and a committee edit are both taken in and dated', async () => {
    await editPlan(planFile(0), 'WG1-02', { progressNote: 'Committee: agreed with the hospital to start in May' });
    const p = await round(1, '2027-03-30', async (files) => {
      await fillAndMark(files.get('WG1'), { 'WG1-01': { progressNote: 'Safety plan review piloted in the north office' } });
      await fillAndMark(files.get('WG2'), { 'WG2-01': { status: 'Completed', progressNote: 'Permanency roundtables running monthly' } });
    });
    assert.equal(p.nextMeeting?.kind, 'quarterly');
    assert.deepEqual(p.roster.atRisk.map((a) => a.id), ['p27'], 'missed meetings 2 and 3');
    assert.equal(step(p, 'WG2-01').status, 'Completed');
    assert.equal(step(p, 'WG1-01').progressNote, 'Safety plan review piloted in the north office');
    assert.equal(step(p, 'WG1-02').progressNote, 'Committee: agreed with the hospital to start in May');
    assert.deepEqual(historyOf(p), [
      '2027-03-30 WG1-02 progressNote committee:  -> Committee: agreed with the hospital to start in May',
      '2027-03-30 WG1-01 progressNote update: CCWIS change request approved by the state in February; supervisor training set for April. -> Safety plan review piloted in the north office',
      '2027-03-30 WG2-01 status update: In progress -> Completed',
      '2027-03-30 WG2-01 progressNote update: Staffing protocol drafted with the court; joint training with parents’ attorneys set for May 2027. -> Permanency roundtables running monthly',
    ]);
    assert.deepEqual(p.review.completed.map((c) => c.stepId), ['WG2-01'], 'a success to celebrate');
    assert.deepEqual(p.updates.map((u) => [u.groupId, u.state, u.changes]), [['WG1', 'applied', 1], ['WG2', 'applied', 2]]);
  });

  it('round 2: a group and the committee change the same field; the committee wins and both are recorded', async () => {
    await editPlan(planFile(1), 'WG1-01', { status: 'Barrier' });
    const p = await round(2, '2027-06-29', async (files) => {
      await fillAndMark(files.get('WG1'), { 'WG1-01': { status: 'Completed' }, 'WG1-03': { revisedTargetDate: new Date(Date.UTC(2028, 2, 31)), barrier: 'No substance-use assessor on call', helpNeeded: 'A county MOU with New Day' } });
    });
    assert.equal(step(p, 'WG1-01').status, 'Barrier', 'the committee’s value is kept');
    const mine = historyOf(p).slice(4);
    assert.deepEqual(mine, [
      '2027-06-29 WG1-01 status committee: In progress -> Barrier',
      '2027-06-29 WG1-01 status conflict: Barrier -> Completed',
      '2027-06-29 WG1-03 targetDate update: 2027-12-31 -> 2028-03-31',
      '2027-06-29 WG1-03 barrier update:  -> No substance-use assessor on call',
      '2027-06-29 WG1-03 helpNeeded update:  -> A county MOU with New Day',
    ]);
    assert.equal(step(p, 'WG1-03').targetDate, '2028-03-31');
    assert.deepEqual(p.review.barriers.map((b) => b.stepId), ['WG1-01', 'WG1-03']);
    assert.match(p.review.barriers[1]?.detail ?? '', /Help needed: A county MOU with New Day/);
    assert.deepEqual(p.updates.filter((u) => u.state === 'already applied').map((u) => u.groupId), ['WG1', 'WG2'], 'round 1’s files are never applied twice');
    assert.deepEqual(p.review.completed, [], 'nothing completed since the last meeting');
  });

  it('round 3 (year two): members join and leave; the review shows overdue steps and the barrier', async () => {
    roster((raw) => {
      const leaving = raw.stakeholders.find((p) => p['id'] === 'p11');
      if (leaving !== undefined) leaving['left'] = '2027-08-01';
      raw.stakeholders.push({ id: 'p33', name: 'Rev. Amos Clark', organisation: 'Northside Churches Together', category: 'business-faith-labor-media', joined: '2027-07-15', engagement: 'none', nextStep: 'Invite to the WG3 meeting', nextStepOwner: 'Lucia Ferreira', orientation: [1, 2] });
      raw.workGroups.find((g) => g.id === 'WG3')?.members.push('p33');
      raw.stakeholders.forEach((p) => {
        if (p['id'] !== 'p27' && p['id'] !== 'p33') p['attended'] = [1, 2, 3, 4, 5];
      });
    });
    const p = await round(3, '2027-09-28', async () => {});
    assert.equal(p.nextMeeting?.kind, 'monitoring');
    assert.equal(p.roster.left, 1);
    assert.ok(p.roster.members.some((m) => m.id === 'p33' && m.state === 'active'));
    assert.deepEqual(p.roster.atRisk.map((a) => a.id), ['p27']);
    assert.ok(p.review.overdue.some((o) => o.stepId === 'WG1-04'), 'WG1-04 was due 2027-04-30');
    assert.equal(p.history.length, 9, 'no update this round: nothing new recorded');
  });

  it('round 4: the barrier is lifted and the step completed; history keeps every earlier change', async () => {
    const p = await round(4, '2027-12-28', async (files) => {
      await fillAndMark(files.get('WG1'), { 'WG1-01': { status: 'Completed', progressNote: 'Safety plans reviewed in 82% of investigations' } });
    });
    assert.equal(step(p, 'WG1-01').status, 'Completed');
    assert.deepEqual(historyOf(p).slice(9), [
      '2027-12-28 WG1-01 status update: Barrier -> Completed',
      '2027-12-28 WG1-01 progressNote update: Safety plan review piloted in the north office -> Safety plans reviewed in 82% of investigations',
    ]);
    assert.deepEqual(p.review.completed.map((c) => [c.stepId, c.completedOn]), [['WG1-01', '2027-12-28']]);
    assert.ok(!p.review.overdue.some((o) => o.stepId === 'WG1-01'));
    // The Step history sheet of the written plan holds the same rows the merge returned.
    const grid = readGrid(readFileSync(planFile(4)));
    const rows = (findSheet(grid, 'Step history')?.rows ?? []).slice(4).filter((r) => cellText(r[1]) !== '');
    assert.equal(rows.length, p.history.length);
    assert.equal(cellText(rows[5]?.[6]), 'conflict');
  });
});
