// The setup workbook round trip: `init` writes it blank; a committee fills it in — by code, and typed
// cell by cell in LibreOffice through UNO as a person does — and every command reads it as the same
// jurisdiction the JSON file gives. Problems name the sheet and cell. One LibreOffice for the file.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { formatIssue, parseSetupWorkbook, setupTables, type Jurisdiction, type TableSheet } from '../../src/core';
import { readGrid } from '../../pipeline/xlsx/fast-grid-reader';
import { PYTHON, SOFFICE, hasUno, requireTool } from '../helpers/external-tools';
import { ROOT, sampleJurisdiction } from '../helpers/fixtures';
import { cli } from '../helpers/run-cli';

const run = promisify(execFile);

/** What a committee types to set up the sample county: each table's rows, as [sheet, cell, text]. */
function typedCells(j: Jurisdiction): [string, string, string][] {
  const t = setupTables(j);
  const cells = (table: TableSheet, count: number): [string, string, string][] =>
    table.rows.slice(0, count).flatMap((row, r) =>
      table.columns.flatMap((col, c): [string, string, string][] => {
        const v = row[col.key] ?? '';
        return v === '' ? [] : [[table.name, `${String.fromCharCode(65 + c)}${table.headerRow + 1 + r}`, v]];
      }),
    );
  return [...cells(t.jurisdiction, 1), ...cells(t.people, j.stakeholders.length), ...cells(t.groups, j.workGroups.length)];
}

const comparable = (j: Jurisdiction | null): unknown => (j === null ? null : { ...j, stakeholders: j.stakeholders.map((s) => ({ ...s })) });

describe('the setup workbook', function () {
  this.timeout(240_000);
  const j = sampleJurisdiction();
  let dir: string;
  let blank: string;
  let byCode: string;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sa-setup-'));
    blank = path.join(dir, 'setup.xlsx');
    const made = await cli('init', '--out', blank);
    assert.equal(made.code, 0, made.stderr);
    // Filled by code: each value written as the text a person types (dates as 2026-11-30).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(blank) as unknown as ExcelJS.Buffer);
    for (const [sheet, cell, text] of typedCells(j)) wb.getWorksheet(sheet)!.getCell(cell).value = text;
    byCode = path.join(dir, 'by-code.xlsx');
    writeFileSync(byCode, Buffer.from(await wb.xlsx.writeBuffer()));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back, filled by code, as the jurisdiction the JSON file gives', () => {
    const parsed = parseSetupWorkbook(readGrid(readFileSync(byCode)), 'by-code.xlsx');
    assert.deepEqual(parsed.issues.filter((i) => i.severity === 'error').map(formatIssue), []);
    assert.deepEqual(comparable(parsed.jurisdiction), comparable(j));
  });

  it('is read by every command as --config', async () => {
    const out = (name: string): string => path.join(dir, name);
    const template = await cli('template', '--config', byCode, '--out-dir', out('t'));
    assert.equal(template.code, 0, template.stderr);
    assert.ok(existsSync(out('t/riverbend-county-WG4.xlsx')));
    const merge = await cli('merge', 'samples/submissions', '--config', byCode, '--out', out('plan.xlsx'), '--json', out('plan.json'), '--as-of', '2027-01-15');
    assert.equal(merge.code, 1, merge.stderr);
    assert.match(merge.stdout, /4 received, 0 missing, 0 invalid/);
    const fromJson = await cli('merge', 'samples/submissions', '--config', 'samples/jurisdiction.json', '--out', out('plan-json.xlsx'), '--json', out('plan-json.json'), '--as-of', '2027-01-15');
    const plan = (f: string): unknown => ({ ...(JSON.parse(readFileSync(f, 'utf8')) as { plan: object }).plan, generatedAt: null });
    assert.equal(fromJson.code, 1);
    assert.deepEqual(plan(out('plan.json')), plan(out('plan-json.json')), 'the same plan from the workbook and from JSON');
    const status = await cli('status-template', '--config', byCode, '--plan', out('plan.xlsx'), '--out-dir', out('u'), '--as-of', '2027-03-01');
    assert.equal(status.code, 0, status.stderr);
    const roster = await cli('roster', '--config', byCode, '--out', out('roster.xlsx'), '--as-of', '2027-01-15');
    assert.equal(roster.code, 0, roster.stderr);
    const engagement = await cli('engagement', '--config', byCode, '--out', out('engagement.xlsx'));
    assert.equal(engagement.code, 0, engagement.stderr);
    const again = await cli('init', '--out', blank);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists: nothing was written/);
  });

  it('names the sheet and cell of each mistake', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(byCode) as unknown as ExcelJS.Buffer);
    wb.getWorksheet('Work groups')!.getCell('D7').value = 'soon';
    wb.getWorksheet('Work groups')!.getCell('C8').value = 'WB1, X9';
    wb.getWorksheet('Jurisdiction')!.getCell('D6').value = 'dwhitfield@riverbend.example';
    wb.getWorksheet('Stakeholders')!.getCell('I8').value = 'WG9';
    const bad = path.join(dir, 'bad.xlsx');
    writeFileSync(bad, Buffer.from(await wb.xlsx.writeBuffer()));
    const r = await cli('template', '--config', bad, '--out-dir', path.join(dir, 'never'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Must be a date from 1900-01-01 to 9999-12-31, got "soon" \(bad\.xlsx › Work groups!D7\)/);
    assert.match(r.stderr, /Unknown capacity "X9" \(bad\.xlsx › Work groups!C8\)/);
    assert.match(r.stderr, /Must be a shared address, not a member's own email: dwhitfield@riverbend\.example is Dana Whitfield's \(bad\.xlsx › Jurisdiction!D6\)/);
    assert.match(r.stderr, /No work group has the id "WG9" \(bad\.xlsx › Stakeholders!I8\)/);
    assert.ok(!existsSync(path.join(dir, 'never')));
  });

  it('reads back the same when typed cell by cell in LibreOffice', async function () {
    requireTool(this, 'LibreOffice (Debian package libreoffice-calc-nogui)', SOFFICE !== undefined);
    requireTool(this, 'the LibreOffice Python bridge (Debian package python3-uno)', hasUno());
    const typed = path.join(dir, 'typed.xlsx');
    const steps = [{ open: blank }, ...typedCells(j).map((cell) => ({ type: cell })), { save: typed }];
    writeFileSync(path.join(dir, 'job.json'), JSON.stringify({ profile: `file://${dir}/profile`, pipe: `sa-setup-${process.pid}-${Date.now()}`, steps }));
    await run(PYTHON, [path.join(ROOT, 'test/helpers/lo_person.py'), path.join(dir, 'job.json')], { timeout: 200_000 });
    const parsed = parseSetupWorkbook(readGrid(readFileSync(typed)), 'typed.xlsx');
    assert.deepEqual(parsed.issues.filter((i) => i.severity === 'error').map(formatIssue), []);
    assert.deepEqual(comparable(parsed.jurisdiction), comparable(j));
    const merge = await cli('template', '--config', typed, '--out-dir', path.join(dir, 'lo-t'), '--group', 'WG2');
    assert.equal(merge.code, 0, merge.stderr);
  });
});
