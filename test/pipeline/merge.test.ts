// The merge: golden content for the samples, and every "nothing is lost" rule.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { cellText, findSheet, type Cell, type ConsolidatedPlan } from '../../src/core';
import { PLAN_META_SHEET } from '../../pipeline/merge/plan-hidden-sheets';
import { planJson } from '../../pipeline/merge/plan-exports';
import { runMerge } from '../../pipeline/merge/run-merge';
import { readGrid } from '../../pipeline/xlsx/fast-grid-reader';
import { COLOURS } from '../../pipeline/merge/sheet-kit';
import { FOREIGN_XLSX, ROOT, edit, sheet } from '../helpers/fixtures';
import { AS_OF, NOW, QUIET, SAMPLES, copyInto, scratch, type Scratch } from '../helpers/merge-fixtures';

const GOLDEN = path.join(ROOT, 'test/golden/sample-plan.json');
const sample = (id: string): string => path.join(SAMPLES, `riverbend-county-${id}.xlsx`);

function goldenView(plan: ConsolidatedPlan): unknown {
  const json = JSON.parse(planJson(plan, NOW)) as { plan: unknown };
  return json.plan;
}

describe('merge', function () {
  this.timeout(60_000);
  let s: Scratch;
  beforeEach(() => {
    s = scratch();
  });
  afterEach(() => s.remove());

  it('gives the golden plan for the bundled samples (UPDATE_GOLDEN=1 to accept a change)', async () => {
    const run = await runMerge(s.options(), QUIET);
    const view = goldenView(run.result.plan);
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(GOLDEN, `${JSON.stringify(view, null, 2)}\n`);
    assert.deepEqual(view, JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('reports the samples as a steering committee expects', async () => {
    const { result, exitCode } = await runMerge(s.options(), QUIET);
    const p = result.plan;
    assert.equal(exitCode, 1, 'WG4 has problems');
    assert.deepEqual(p.groups.map((g) => [g.groupId, g.state, g.late]), [['WG1', 'received', false], ['WG2', 'received', false], ['WG3', 'received', true], ['WG4', 'received', false]]);
    assert.equal(p.totals.errors, 7);
    assert.ok(p.steps.length >= 20 && p.steps.every((x) => /^WG\d-\d\d$/.test(x.stepId)));
    assert.ok(p.totals.overdue > 0, `some steps are past their target date on ${AS_OF}`);
    assert.equal(p.nextMeeting?.name.startsWith('Quarterly meeting'), true);
    // The same provider written differently by two groups is one service listed by both.
    const newDay = p.services.filter((x) => x.provider.toLowerCase().includes('new day recovery'));
    assert.ok(newDay.some((x) => x.groups.length === 2), JSON.stringify(newDay.map((x) => [x.service, x.provider, x.groups])));
    assert.equal(p.needs[0]?.groups.length, 3, 'the need named by three groups ranks first');
    assert.equal(p.reports.length, 7);
    assert.ok(p.reports.every((r) => r.received === 1));
  });

  it('merges the rest when foreign, damaged, locked and stray files are mixed in, naming each', async () => {
    const foreign = readdirSync(FOREIGN_XLSX).filter((f) => f.endsWith('.xlsx'));
    copyInto(s.submissions, foreign.map((f) => path.join(FOREIGN_XLSX, f)));
    writeFileSync(path.join(s.submissions, '~$riverbend-county-WG1.xlsx'), Buffer.from([0x05, 0x44, 0x61, 0x6e, 0x61]));
    writeFileSync(path.join(s.submissions, 'old-version.xls'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
    writeFileSync(path.join(s.submissions, 'notes.txt'), 'call Dana about WG4');
    writeFileSync(path.join(s.submissions, '.DS_Store'), Buffer.alloc(10));
    writeFileSync(path.join(s.submissions, 'lakeside-WG1.xlsx'), await edit(readFileSync(sample('WG1')), (wb) => (sheet(wb, '_meta').getCell('B4').value = 'lakeside-county')));
    const { result, exitCode } = await runMerge(s.options(), QUIET);
    assert.equal(exitCode, 1);
    assert.equal(result.plan.totals.received, 4, 'every real submission still merged');
    const byFile = new Map(result.plan.problems.map((p) => [p.file, p.code]));
    for (const f of foreign) assert.ok(['NOT_A_SUBMISSION', 'FILE_DAMAGED'].includes(byFile.get(f) ?? ''), f);
    assert.equal(byFile.get('~$riverbend-county-WG1.xlsx'), 'LOCK_FILE_SKIPPED');
    assert.equal(byFile.get('old-version.xls'), 'LEGACY_XLS');
    assert.equal(byFile.get('notes.txt'), 'NOT_A_WORKBOOK');
    assert.equal(byFile.get('.DS_Store'), 'HIDDEN_FILE_SKIPPED');
    assert.equal(byFile.get('lakeside-WG1.xlsx'), 'WRONG_JURISDICTION');
    assert.ok(existsSync(s.options().out));
  });

  it('takes the newer of two submissions from one group and names both', async () => {
    const newer = await edit(readFileSync(sample('WG2')), (wb) => {
      sheet(wb, '_meta').getCell('B11').value = '2026-12-02T10:00:00.000Z';
      // The group's id as someone retyped it: work group ids match whatever their case.
      sheet(wb, '_meta').eachRow((row) => {
        if (row.getCell(1).value === 'workGroupId') row.getCell(2).value = 'wg2';
      });
      sheet(wb, 'Plan').getCell('D6').value = 'Revised priority issue';
    });
    writeFileSync(path.join(s.submissions, 'WG2 revised.xlsx'), newer);
    const { result } = await runMerge(s.options(), QUIET);
    const wg2 = result.plan.groups.find((g) => g.groupId === 'WG2');
    assert.deepEqual([wg2?.file, wg2?.superseded], ['WG2 revised.xlsx', ['riverbend-county-WG2.xlsx']]);
    assert.equal(result.plan.steps.find((x) => x.stepId === 'WG2-01')?.priorityIssue, 'Revised priority issue');
    const note = result.plan.problems.find((p) => p.code === 'SUPERSEDED');
    assert.ok(note?.message.includes('WG2 revised.xlsx') && note.message.includes('riverbend-county-WG2.xlsx'));
  });

  it('reports a group with no file as missing, and one whose file is broken as invalid', async () => {
    const t = scratch(false);
    try {
      copyInto(t.submissions, [sample('WG1'), sample('WG2')]);
      writeFileSync(path.join(t.submissions, 'riverbend-county-WG3.xlsx'), readFileSync(sample('WG3')).subarray(0, 5000));
      const { result, exitCode } = await runMerge(t.options(), QUIET);
      assert.deepEqual(result.plan.groups.map((g) => g.state), ['received', 'received', 'invalid', 'missing']);
      assert.equal(exitCode, 1);
      assert.equal(result.plan.reports.find((r) => r.capacity === 'WB3')?.received, 0);
    } finally {
      t.remove();
    }
  });

  it('never writes to a submission', async () => {
    const fingerprint = (): string[] => readdirSync(s.submissions).map((f) => {
      const full = path.join(s.submissions, f);
      return `${f} ${statSync(full).mtimeMs} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`;
    });
    const before = fingerprint();
    await runMerge(s.options(), QUIET);
    assert.deepEqual(fingerprint(), before);
  });

  it('leaves the previous plan untouched and no temporary file when writing fails', async () => {
    await runMerge(s.options(), QUIET);
    const out = s.options().out;
    const before = readFileSync(out);
    writeFileSync(path.join(s.dir, 'not-a-folder'), 'x');
    await assert.rejects(runMerge(s.options({ json: path.join(s.dir, 'not-a-folder/report.json') }), QUIET), /Nothing was written/);
    assert.ok(readFileSync(out).equals(before));
    assert.deepEqual(readdirSync(path.dirname(out)), ['plan.xlsx']);
  });

  it('gives the same plan cell for cell from the same inputs, timestamps aside', async () => {
    const grids = [];
    for (const name of ['a.xlsx', 'b.xlsx']) {
      const out = path.join(s.dir, name);
      await runMerge(s.options({ out, now: new Date(NOW.getTime() + grids.length * 3_600_000) }), QUIET);
      const grid = readGrid(readFileSync(out));
      // The time of the run: on the Overview, and in _meta to the millisecond.
      const stamped = (r: readonly Cell[]): boolean => ['Generated', 'generatedAt'].includes(cellText(r[0]));
      assert.ok(findSheet(grid, 'Overview')?.rows.some(stamped));
      grids.push(JSON.stringify(grid.sheets.map((sh) => (sh.name === 'Overview' || sh.name === PLAN_META_SHEET ? sh.rows.filter((r) => !stamped(r)) : sh.rows))));
    }
    assert.equal(grids[0], grids[1]);
  });

  it('writes text that looks like a formula as text, in the plan and in the CSV', async () => {
    const evil = ['=HYPERLINK("http://x.example","click")', '+1 555 0100', '-spend down', '@SUM(A1:A9)'];
    writeFileSync(path.join(s.submissions, 'riverbend-county-WG1.xlsx'), await edit(readFileSync(sample('WG1')), (wb) => {
      const plan = sheet(wb, 'Plan');
      evil.forEach((text, i) => (plan.getCell(`H${6 + i}`).value = text));
    }));
    const csv = path.join(s.dir, 'steps.csv');
    await runMerge(s.options({ csv }), QUIET);
    const parts = unzipSync(readFileSync(s.options().out));
    for (const [name, bytes] of Object.entries(parts)) {
      if (name.startsWith('xl/worksheets/')) assert.ok(!new TextDecoder().decode(bytes).includes('<f>'), `${name} holds a formula`);
    }
    const grid = readGrid(readFileSync(s.options().out));
    const leads = findSheet(grid, 'Plan')?.rows.map((r) => cellText(r[8])) ?? [];
    for (const text of evil) assert.ok(leads.includes(text), `${text} kept as text in the plan`);
    const csvText = readFileSync(csv, 'utf8');
    assert.ok(csvText.startsWith('\ufeff'), 'a UTF-8 BOM, so Excel on Windows reads ’ right');
    for (const text of evil) assert.ok(csvText.includes(`'${text.replace(/"/g, '""')}`), `${text} escaped in the CSV`);
  });

  it('is print-ready and styled: frozen headers, landscape at 75% or more, titles on every page, footer', async () => {
    const run = await runMerge(s.options(), QUIET);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(s.options().out) as unknown as ExcelJS.Buffer);
    for (const name of ['Plan', 'Services', 'Needs', 'Problems', 'Step history']) {
      const ws = wb.getWorksheet(name);
      const view = ws?.views[0] as { state?: string; ySplit?: number } | undefined;
      assert.deepEqual([view?.state, view?.ySplit], ['frozen', 4], `${name} keeps its header in view`);
      assert.equal(ws?.pageSetup.printTitlesRow, '4:4', `${name} prints its header on every page`);
    }
    for (const ws of wb.worksheets.filter((w) => w.state === 'visible')) {
      // A fixed scale, never "fit to page" (which shrinks a wide sheet to 3 pt): 11 pt prints at 8 pt or more.
      assert.deepEqual([ws.pageSetup.orientation, ws.pageSetup.fitToPage === true, (ws.pageSetup.scale ?? 100) >= 75], ['landscape', false, true], ws.name);
      assert.match(ws.headerFooter.oddFooter ?? '', /Riverbend County Resource and Capacity Development Plan.*Page &P of &N/, ws.name);
    }
    const plan = wb.getWorksheet('Plan');
    assert.equal(plan?.getCell('A4').font?.bold, true, 'the header row is bold');
    const overdue = run.result.plan.steps.findIndex((x) => x.overdue);
    assert.equal((plan?.getCell(`B${5 + overdue}`).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb, COLOURS.overdue, 'an overdue step stands out');
  });
});
