// A work group's workbook filled in LibreOffice Calc as a volunteer fills it — typing into cells
// through LibreOffice's own input path, inserting rows inside tables, unprotecting a sheet to delete a
// row, in Spanish, Chinese and with emoji — then merged with the other samples. What was typed must
// reach the plan, distinct rows must stay distinct, and the workbook's rules must accept what its
// instructions promise (a rating typed as just its number) while still catching what is wrong.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { a1, cellText, type ColumnDef, type ConsolidatedPlan, type SheetGrid, type TableSheet } from '../../src/core';
import { runMerge } from '../../pipeline/merge/run-merge';
import { loadGrid } from '../helpers/exceljs-grid-reader';
import { PYTHON, SOFFICE, hasUno, requireTool } from '../helpers/external-tools';
import { ROOT, layoutFor, sampleJurisdiction, templateBytes } from '../helpers/fixtures';
import { QUIET, SAMPLES, scratch, type Scratch } from '../helpers/merge-fixtures';

const run = promisify(execFile);
const j = sampleJurisdiction();
const layout = layoutFor(j, 'WG1');
const table = (name: string): TableSheet => {
  const t = layout.sheets.find((s): s is TableSheet => s.kind === 'table' && s.name === name);
  if (t === undefined) throw new Error(`no table ${name}`);
  return t;
};
/** The cell of a column (by key) on a sheet row, as the template lays it out. */
const at = (sheet: string, key: string, row: number): string => {
  const i = table(sheet).columns.findIndex((c: ColumnDef) => c.key === key);
  if (i < 0) throw new Error(`${sheet} has no column ${key}`);
  return a1(row, i + 1);
};
type Step = Record<string, unknown>;
const type = (sheet: string, row: number, values: Readonly<Record<string, string>>): Step[] => Object.entries(values).map(([key, text]) => ({ type: [sheet, at(sheet, key, row), text] }));

const SERVICE = (service: string, provider: string): Record<string, string> => ({ service, provider, availability: '2', accessibility: '3', quality: '4', individualization: "Don't know" });
const STEP = (lead: string, target: string): Record<string, string> => ({
  capacity: 'S1 - Safety Capacity 1', priorityIssue: 'Pocas visitas en el sur rural', goal: 'Visitas semanales en todo el condado', actionStep: 'Abrir una segunda oficina 🏠', leadPerson: lead, startDate: '2027-03-01', targetDate: target, status: 'Not started',
});

describe('a workbook filled in LibreOffice, merged', function () {
  this.timeout(240_000);
  let dir: string;
  let s: Scratch;
  let results: unknown[];
  let plan: ConsolidatedPlan;
  let evidence: SheetGrid;

  before(async function () {
    requireTool(this, 'LibreOffice (Debian package libreoffice-calc-nogui)', SOFFICE !== undefined);
    requireTool(this, 'the LibreOffice Python bridge (Debian package python3-uno)', hasUno());
    dir = mkdtempSync(path.join(tmpdir(), 'sa-lo-fill-'));
    const blank = path.join(dir, 'blank.xlsx');
    const filled = path.join(dir, 'riverbend-county-WG1.xlsx');
    writeFileSync(blank, await templateBytes(j, 'WG1'));
    const steps: Step[] = [
      { open: blank },
      // Ratings typed as the instructions say: the number alone, "Don't know"; and one that is no rating.
      ...type('S1 Practice', 6, { rating: '3', evidence: 'Visitas domiciliarias en el 58 % de los casos revisados', comment: '家庭支持服务很少' }),
      ...type('S1 Practice', 7, { rating: "Don't know", evidence: 'No data yet 📊' }),
      ...type('S1 Practice', 8, { rating: '1' }),
      ...type('S1 Practice', 9, { rating: 'maybe' }),
      { invalid: 'S1 Practice' },
      // Two services in Chinese that only a-z matching would take for one; a row inserted between them.
      ...type('S1 Services', 6, SERVICE('Parent education', 'Riverbend Family Resource Network')),
      ...type('S1 Services', 7, SERVICE('家庭支持服务', '华人社区中心')),
      { insertRowAbove: ['S1 Services', at('S1 Services', 'provider', 7)] },
      ...type('S1 Services', 7, SERVICE('心理健康服务', '华人互助会')),
      { invalid: 'S1 Services' },
      ...type('S1 Needs', 6, { need: '父母需要夜间支持', proposed: '夜间家庭热线', priority: 'High' }),
      ...type('S1 Needs', 7, { need: 'Служба для подростков', proposed: 'Молодёжный центр', priority: 'Medium' }),
      ...type('Conclusions', 6, { capacity: 'S1 - Safety Capacity 1', kind: 'Gap', finding: 'Faltan servicios en el sur rural', assessment: 'Services', evidence: 'Dos de tres proveedores están en el norte' }),
      // The same step at two sites, on two rows inserted inside the plan (they have no step id).
      { insertRowAbove: ['Plan', at('Plan', 'capacity', 8)] },
      { insertRowAbove: ['Plan', at('Plan', 'capacity', 8)] },
      ...type('Plan', 8, STEP('Ana García', '2027-09-30')),
      ...type('Plan', 9, STEP('李伟', '12/31/2027')),
      // A leadership item deleted by a member who unprotected the sheet.
      { unprotect: 'S1 Leadership' },
      { deleteRow: ['S1 Leadership', 'B7'] },
      { text: ['S1 Practice', at('S1 Practice', 'rating', 6)] },
      { save: filled },
    ];
    writeFileSync(path.join(dir, 'job.json'), JSON.stringify({ profile: `file://${dir}/profile`, pipe: `sa-fill-${process.pid}-${Date.now()}`, steps }));
    const { stdout } = await run(PYTHON, [path.join(ROOT, 'test/helpers/lo_person.py'), path.join(dir, 'job.json')], { timeout: 200_000 });
    results = (JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { results: unknown[] }).results;
    s = scratch(false);
    for (const g of ['WG2', 'WG3', 'WG4']) copyFileSync(path.join(SAMPLES, `riverbend-county-${g}.xlsx`), path.join(s.submissions, `riverbend-county-${g}.xlsx`));
    copyFileSync(filled, path.join(s.submissions, 'riverbend-county-WG1.xlsx'));
    const json = path.join(s.dir, 'out/plan.json');
    const merged = await runMerge(s.options({ json }), QUIET);
    plan = (JSON.parse(readFileSync(json, 'utf8')) as { plan: ConsolidatedPlan }).plan;
    const grid = await loadGrid(readFileSync(merged.written[0]?.path ?? ''));
    evidence = grid.sheets.find((g) => g.name === 'Evidence') as SheetGrid;
  });
  after(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    s?.remove();
  });

  it("passes LibreOffice's own rules for a rating typed as just its number or as Don't know, and still catches one that is none", () => {
    assert.deepEqual(results[0], [at('S1 Practice', 'rating', 9)], 'only "maybe" breaks the rating rule');
    // A service typed that the catalogue does not list is outside the list rule too: its alert only
    // informs, and keeps what was typed, as the column's prompt says.
    assert.deepEqual(results[1], [at('S1 Services', 'service', 7), at('S1 Services', 'service', 8)], 'no rating typed as 2, 3, 4 or Don\'t know breaks a rule');
    assert.equal(results[2], '3', 'the cell keeps what was typed');
  });

  it('reads every typed rating, and reports the one that is none at its cell, with what was typed', () => {
    const wg1 = plan.entries.find((e) => e.meta.workGroupId === 'WG1');
    const practice = wg1?.capacities.find((c) => c.capacity === 'S1')?.practice ?? [];
    assert.deepEqual(practice.slice(0, 4).map((r) => [r.row, r.rating, r.invalid?.['rating'] ?? null]), [[6, 3, null], [7, 'DK', null], [8, 1, null], [9, null, 'maybe']]);
    const problems = plan.problems.filter((p) => p.file === 'riverbend-county-WG1.xlsx');
    assert.deepEqual(problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.sheet, p.cell]), [['RATING_INVALID', 'S1 Practice', at('S1 Practice', 'rating', 9)]]);
    assert.match(problems.find((p) => p.code === 'RATING_INVALID')?.message ?? '', /got "maybe"/);
  });

  it('keeps two services in Chinese apart, each with its provider, and the row inserted between them', () => {
    const chinese = plan.services.filter((x) => /[\u4e00-\u9fff]/.test(x.service)).map((x) => [x.service, x.provider, x.sources.map((r) => r.row)]);
    assert.deepEqual(chinese.sort(), [['家庭支持服务', '华人社区中心', [8]], ['心理健康服务', '华人互助会', [7]]].sort());
  });

  it('keeps two needs in other scripts apart', () => {
    const needs = plan.needs.flatMap((n) => n.needs).filter((n) => /[\u4e00-\u9fff\u0400-\u04ff]/.test(n));
    assert.deepEqual(needs.sort(), ['Служба для подростков', '父母需要夜间支持'].sort());
  });

  it('gives the same step at two sites, on inserted rows, two ids, and keeps both', () => {
    const mine = plan.steps.filter((x) => x.actionStep === 'Abrir una segunda oficina 🏠');
    assert.equal(mine.length, 2);
    assert.notEqual(mine[0]?.stepId, mine[1]?.stepId);
    assert.deepEqual(mine.map((x) => [x.leadPerson, x.targetDate]).sort(), [['Ana García', '2027-09-30'], ['李伟', '2027-12-31']].sort());
    const warnings = plan.problems.filter((p) => p.file === 'riverbend-county-WG1.xlsx' && p.code === 'STEP_ID_MISSING');
    assert.equal(warnings.length, 2);
  });

  it('counts the deleted leadership item as not rated, as its warning says', () => {
    const missing = plan.problems.find((p) => p.file === 'riverbend-county-WG1.xlsx' && p.code === 'ITEM_MISSING');
    assert.match(missing?.message ?? '', /LS02 .* counts as not rated/);
    const s1 = plan.reports.find((r) => r.capacity === 'S1');
    assert.equal(s1?.leadership.total, 8, 'all 8 leadership items counted, the deleted one as not rated');
  });

  it('shows the Spanish, Chinese and emoji evidence and comments on the Evidence sheet and in the Report', () => {
    const texts = evidence.rows.flatMap((r) => (r ?? []).map((c) => cellText(c)));
    for (const t of ['Visitas domiciliarias en el 58 % de los casos revisados', '家庭支持服务很少', 'No data yet 📊']) assert.ok(texts.includes(t), t);
    const s1 = plan.reports.find((r) => r.capacity === 'S1');
    assert.ok(s1?.gaps.some((g) => g.finding === 'Faltan servicios en el sur rural' && g.evidence === 'Dos de tres proveedores están en el norte' && g.assessment === 'Services'));
  });
});
