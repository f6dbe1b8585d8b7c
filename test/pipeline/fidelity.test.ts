// Regression cases for issue 11 ("Nothing a person types is lost"), one per numbered finding that the
// every-cell and LibreOffice fill tests do not already cover: statuses, the Executive Summary,
// untouched workbooks, dates, choosing between files and the committee's columns.

import assert from 'node:assert/strict';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { CONSOLIDATED_PLAN_COLUMNS, type ConsolidatedPlan, type PlanStep } from '../../src/core';
import { EXECUTIVE_SUMMARY_LABEL } from '../../pipeline/merge/plan-hidden-sheets';
import { runMerge } from '../../pipeline/merge/run-merge';
import { edit, sampleJurisdiction, sheet, templateBytes } from '../helpers/fixtures';
import { QUIET, scratch, type Scratch } from '../helpers/merge-fixtures';

const j = sampleJurisdiction();
const col = (key: keyof PlanStep): number => CONSOLIDATED_PLAN_COLUMNS.findIndex((c) => c.key === key) + 1;

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return wb;
}

function rowOf(ws: ExcelJS.Worksheet, first: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (found === undefined && row.getCell(1).value === first) found = row;
  });
  if (found === undefined) throw new Error(`${ws.name} has no row for ${first}`);
  return found;
}

describe('nothing a person types is lost (issue 11 regressions)', function () {
  this.timeout(60_000);
  let s: Scratch;
  const submission = (g: string): string => path.join(s.submissions, `riverbend-county-${g}.xlsx`);
  const plan = async (extra = {}): Promise<{ plan: ConsolidatedPlan; exitCode: number; out: string }> => {
    const out = path.join(s.dir, `out/plan-${Math.random().toString(36).slice(2)}.xlsx`);
    const run = await runMerge(s.options({ out, ...extra }), QUIET);
    return { plan: run.result.plan, exitCode: run.exitCode, out };
  };
  beforeEach(() => {
    s = scratch();
  });
  afterEach(() => s.remove());

  it('6a. shows a group\'s status outside the list as typed, with its problem, and counts it as "other status"', async () => {
    writeFileSync(submission('WG1'), await edit(readFileSync(submission('WG1')), (wb) => {
      sheet(wb, 'Plan').getCell('R6').value = 'done';
    }));
    const { plan: p } = await plan();
    const step = p.steps.find((x) => x.stepId === 'WG1-01');
    assert.equal(step?.status, 'done', 'never the default "Not started"');
    assert.ok(p.problems.some((x) => x.code === 'CHOICE_INVALID' && x.sheet === 'Plan' && x.cell === 'R6' && /got "done"/.test(x.message)));
    const goal = p.review.progress.find((g) => g.goal === step?.goal && g.capacity === step.capacity);
    assert.ok((goal?.otherStatus ?? 0) >= 1, 'counted, not dropped from the progress counts');
  });

  it('6b. reads the committee\'s "completed" as Completed, and keeps "Done" as typed with STATUS_UNKNOWN', async () => {
    const first = await plan();
    const previous = first.out;
    writeFileSync(previous, await edit(readFileSync(previous), (wb) => {
      const ws = sheet(wb, 'Plan');
      rowOf(ws, 'WG1-01').getCell(col('status')).value = 'completed';
      rowOf(ws, 'WG1-02').getCell(col('status')).value = 'Done';
    }));
    const { plan: p, exitCode } = await plan({ previous });
    assert.equal(p.steps.find((x) => x.stepId === 'WG1-01')?.status, 'Completed');
    assert.equal(p.steps.find((x) => x.stepId === 'WG1-02')?.status, 'Done');
    assert.ok(p.problems.some((x) => x.code === 'STATUS_UNKNOWN' && x.severity === 'error' && /"Done" of step WG1-02/.test(x.message)));
    assert.equal(exitCode, 1);
  });

  it('6c/12. gives the consolidated Plan sheet the Status dropdown and marks the committee\'s columns in words', async () => {
    const { out } = await plan();
    const ws = sheet(await load(out), 'Plan');
    const model = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    const status = Object.entries(model).find(([range]) => range.startsWith(`${ws.getColumn(col('status')).letter}5`));
    assert.equal(status?.[1].type, 'list');
    assert.equal(status?.[1].formulae[0], `"${j.settings.planStatuses.join(',')}"`);
    const marked = CONSOLIDATED_PLAN_COLUMNS.filter((c, i) => ws.getCell(3, i + 1).value === 'Committee').map((c) => c.key);
    assert.deepEqual(marked, ['leadPerson', 'targetDate', 'status', 'progressNote', 'barrier', 'helpNeeded']);
  });

  it('7. carries the Executive Summary written in a Report sheet into the next merge', async () => {
    const first = await plan();
    writeFileSync(first.out, await edit(readFileSync(first.out), (wb) => {
      rowOf(sheet(wb, 'S1 Report'), EXECUTIVE_SUMMARY_LABEL).getCell(2).value = 'Safety is strong at the front door; the gaps are rural.';
    }));
    const { plan: p, out } = await plan({ previous: first.out });
    assert.equal(p.reports.find((r) => r.capacity === 'S1')?.executiveSummary, 'Safety is strong at the front door; the gaps are rural.');
    assert.equal(rowOf(sheet(await load(out), 'S1 Report'), EXECUTIVE_SUMMARY_LABEL).getCell(2).value, 'Safety is strong at the front door; the gaps are rural.');
    assert.equal(p.reports.find((r) => r.capacity === 'S2')?.executiveSummary, '', 'the placeholder reads back as nothing written');
  });

  it('9. calls an untouched workbook received, nothing filled in, warns, and exits 1', async () => {
    writeFileSync(submission('WG4'), await templateBytes(j, 'WG4'));
    const { plan: p, exitCode } = await plan();
    const wg4 = p.groups.find((g) => g.groupId === 'WG4');
    assert.equal(wg4?.state, 'empty');
    assert.equal(wg4?.done, 0);
    assert.equal(p.totals.empty, 1);
    assert.ok(p.problems.some((x) => x.code === 'NOTHING_FILLED_IN' && x.file === 'riverbend-county-WG4.xlsx'));
    assert.equal(exitCode, 1);
  });

  it('10. warns when a start date is after the target date', async () => {
    writeFileSync(submission('WG1'), await edit(readFileSync(submission('WG1')), (wb) => {
      const ws = sheet(wb, 'Plan');
      ws.getCell('M6').value = new Date(Date.UTC(2028, 0, 1));
      ws.getCell('N6').value = new Date(Date.UTC(2027, 5, 30));
    }));
    const { plan: p } = await plan();
    assert.ok(p.problems.some((x) => x.code === 'STEP_DATES_REVERSED' && x.severity === 'warning' && x.row === 6 && /2028-01-01 is after the target date 2027-06-30/.test(x.message)));
  });

  it('11a. ignores a "Ready to submit" stamp that is no time, so a genuine newer submission wins', async () => {
    const older = await edit(readFileSync(submission('WG2')), (wb) => {
      for (const row of sheet(wb, '_meta').getRows(1, 20) ?? []) if (row.getCell(1).value === 'submittedAt') row.getCell(2).value = 'zzzz';
      sheet(wb, 'P1 Practice').getCell('E6').value = 'the OLDER copy';
    });
    writeFileSync(path.join(s.submissions, 'WG2-old.xlsx'), older);
    utimesSync(path.join(s.submissions, 'WG2-old.xlsx'), new Date('2026-01-01'), new Date('2026-01-01'));
    const { plan: p } = await plan();
    assert.ok(p.problems.some((x) => x.code === 'SUBMITTED_AT_INVALID' && x.file === 'WG2-old.xlsx'));
    assert.equal(p.groups.find((g) => g.groupId === 'WG2')?.file, 'riverbend-county-WG2.xlsx');
    assert.ok(!JSON.stringify(p.entries).includes('the OLDER copy'), 'the superseded file contributes nothing');
  });

  it('11b. never lets a workbook that names a group without holding its capacities displace its real submission', async () => {
    // WG1's workbook relabelled as WG2's: it holds S1 and S2, WG2 is assigned P1 and P2.
    const relabelled = await edit(readFileSync(submission('WG1')), (wb) => {
      for (const row of sheet(wb, '_meta').getRows(1, 20) ?? []) {
        if (row.getCell(1).value === 'workGroupId') row.getCell(2).value = 'WG2';
        if (row.getCell(1).value === 'submittedAt') row.getCell(2).value = '2030-01-01T00:00:00.000Z';
      }
    });
    writeFileSync(path.join(s.submissions, 'zz-copy.xlsx'), relabelled);
    const before = (await plan()).plan;
    assert.ok(before.problems.some((x) => x.code === 'WORK_GROUP_MISMATCH' && x.file === 'zz-copy.xlsx'));
    assert.equal(before.groups.find((g) => g.groupId === 'WG2')?.file, 'riverbend-county-WG2.xlsx');
    assert.equal(before.steps.filter((x) => x.groupId === 'WG2').length > 0, true);
  });

  it('11c. gives the same services and needs whatever superseded file lies beside the newer one', async () => {
    const clean = (await plan()).plan;
    const older = await edit(readFileSync(submission('WG3')), (wb) => {
      for (const row of sheet(wb, '_meta').getRows(1, 20) ?? []) if (row.getCell(1).value === 'submittedAt') row.getCell(2).value = '2020-01-01T00:00:00.000Z';
      sheet(wb, 'WB1 Services').getCell('C6').value = 'A PROVIDER ONLY THE OLD FILE NAMES';
    });
    writeFileSync(path.join(s.submissions, 'aa-WG3-old.xlsx'), older);
    const withOld = (await plan()).plan;
    assert.deepEqual(withOld.services, clean.services);
    assert.deepEqual(withOld.needs, clean.needs);
  });
});
