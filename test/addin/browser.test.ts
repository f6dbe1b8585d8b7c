// End to end in Debian's Chromium: the built task pane at 350 px over the fake workbook. Set up →
// enter data → check → go to the cell → fix → submit → status update → Snapshot, asserting on the fake's cells;
// a keyboard walk, axe-core (no serious or critical violation) and a screenshot kept as an artifact.

import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { requireTool } from '../helpers/external-tools';
import { ROOT } from '../helpers/fixtures';
import { cellText } from '../../src/core';
import { readGrid } from '../../pipeline/xlsx/fast-grid-reader';
import { CHROMIUM, ensureBuilt, launch, openPane, seriousViolations, serveDist } from './browser-harness';
import { group, sampleJurisdiction, FIXED_NOW } from './addin-fixtures';
import { buildTemplate } from '../../pipeline/template/write-templates';
import { childId, episodesCsv, reportsCsv } from './csv-fixtures';

interface OpenedSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  rows: (string | number)[][];
}
interface PageFake {
  open(sheets: OpenedSheet[]): void;
  type(sheet: string, address: string, text: string): void;
  remove(sheet: string): void;
  value(sheet: string, address: string): unknown;
  sheets: { name: string; visibility: string }[];
  selection: { sheet: string; address: string } | null;
  sheet(name: string): { cells: Map<string, { value: unknown }> };
}
type PageWindow = Window & { __fakeWorkbook: PageFake };

const ARTIFACTS = path.join(ROOT, 'test-artifacts');

describe('add-in in Chromium (playwright-core)', function () {
  this.timeout(120_000);
  let browser: Browser | undefined;
  let server: Server | undefined;
  let base = '';

  before(async function () {
    requireTool(this, 'Chromium', existsSync(CHROMIUM));
    this.timeout(300_000);
    const rebuilt = await ensureBuilt();
    ({ server, base } = await serveDist());
    browser = await launch();
    const js = ['taskpane.js', 'csv-worker.js', 'commands.js'].map((f) => readFileSync(path.join(ROOT, 'dist', f)));
    const raw = js.reduce((n, b) => n + b.length, 0);
    const gz = js.reduce((n, b) => n + gzipSync(b).length, 0);
    console.log(`      bundle${rebuilt ? ' (rebuilt)' : ''}: ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped (taskpane + worker + commands)`);
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  const fake = <T>(page: Page, f: (wb: PageFake, arg: string) => T, arg = ''): Promise<T> =>
    page.evaluate(({ body, a }) => new Function('wb', 'arg', `return (${body})(wb, arg);`)((window as unknown as PageWindow).__fakeWorkbook, a) as T, { body: f.toString(), a: arg });

  it('keeps the production bundle small and free of exceljs', () => {
    const taskpane = readFileSync(path.join(ROOT, 'dist', 'taskpane.js'), 'utf8');
    assert.ok(gzipSync(taskpane).length + gzipSync(readFileSync(path.join(ROOT, 'dist', 'csv-worker.js'))).length <= 300 * 1024);
    assert.ok(!/exceljs|ExcelJS/.test(taskpane), 'exceljs must never be bundled');
    assert.ok(!taskpane.includes('__fakeWorkbook'), 'the test stub is not in the product');
    const manifest = readFileSync(path.join(ROOT, 'dist', 'manifest.xml'), 'utf8');
    assert.ok(!manifest.includes('https://localhost'), 'the production manifest has its URLs rewritten');
    assert.match(manifest, /https:\/\/service-array\.example\.org\/taskpane\.html/);
  });

  it('walks set up → enter data → check → fix → submit → snapshot on the fake workbook', async () => {
    assert.ok(browser !== undefined);
    const page = await openPane(browser, base);
    await page.getByText('Steering committee: set up a blank workbook from the jurisdiction file').click();
    await page.locator('#jurisdiction-file').setInputFiles(path.join(ROOT, 'samples', 'jurisdiction.json'));
    await page.locator('#group-select').selectOption('WG1');
    await page.getByRole('button', { name: 'Set up this work group' }).click();
    await page.locator('#setup-result', { hasText: 'ready' }).waitFor();
    const names = await fake(page, (wb) => wb.sheets.map((s) => s.name));
    assert.deepEqual(names.slice(0, 3), ['Start here', 'S1 Practice', 'S1 Leadership']);
    assert.ok(names.includes('_meta') && names.includes('Plan') && !names.includes('Sheet1'));

    await fake(page, (wb) => wb.type('S1 Practice', 'D6', '7'));
    await fake(page, (wb) => wb.type('S1 Practice', 'D7', '3 - Partially in place'));
    await page.getByRole('button', { name: '2. Check my work' }).click();
    await page.locator('#check-button').click();
    const problem = page.locator('#problem-list li', { hasText: 'you typed "7"' });
    await problem.waitFor();
    assert.match(await problem.innerText(), /^Must fix: S1 Practice, row 6\nRating: you typed "7"\. Choose a rating/);
    assert.match(await page.locator('#progress-table').innerText(), /1 of \d+ items rated/);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-350.png'), fullPage: true });
    assert.deepEqual(await seriousViolations(page), []);
    await problem.getByRole('button', { name: 'Go to S1 Practice, row 6 (Rating)' }).click();
    await page.waitForFunction(() => (window as unknown as PageWindow).__fakeWorkbook.selection?.address === 'D6');

    await fake(page, (wb) => wb.type('S1 Practice', 'D6', '2'));
    await page.locator('#check-button').click();
    await page.locator('#check-summary', { hasText: 'No problems' }).waitFor();
    assert.equal(await page.locator('#problem-list li').count(), 0);

    await page.getByRole('button', { name: '3. Ready to submit' }).click();
    await page.locator('#submit-button').click();
    await page.locator('#submit-result', { hasText: 'Marked ready to submit' }).waitFor();
    const meta = await fake(page, (wb) => [...wb.sheet('_meta').cells.values()].map((c) => String(c.value)));
    assert.ok(meta.some((v) => /^\d{4}-\d{2}-\d{2}T/.test(v) && meta.indexOf(v) === meta.indexOf('submittedAt') + 1), 'submittedAt holds a timestamp');

    await fake(page, (wb) => {
      wb.type('Plan', 'B6', 'S1');
      wb.type('Plan', 'D6', 'Too few foster homes');
      wb.type('Plan', 'E6', 'Children stay near home');
      wb.type('Plan', 'G6', 'Recruit ten foster homes');
    });
    await page.getByRole('button', { name: '4. Quarterly status update' }).click();
    await page.getByRole('button', { name: 'Make my status update sheet' }).click();
    await page.locator('#status-result', { hasText: 'lists your 1 action step' }).waitFor();
    assert.equal(await fake(page, (wb) => wb.value('Status update', 'D6')), 'Recruit ten foster homes');
    assert.equal(await fake(page, (wb) => wb.value('Status update', 'A6')), await fake(page, (wb) => wb.value('Plan', 'A6')));
    assert.deepEqual(await seriousViolations(page), []);

    await page.getByRole('button', { name: 'Analysts: build the Child and Family Snapshot' }).click();
    await page.locator('#episodes-file').setInputFiles({ name: 'episodes.csv', mimeType: 'text/csv', buffer: Buffer.from(episodesCsv(60)) });
    await page.locator('#reports-file').setInputFiles({ name: 'reports.csv', mimeType: 'text/csv', buffer: Buffer.from(reportsCsv(80)) });
    await page.locator('#period-input').fill('FFY2025');
    await page.locator('#snapshot-button').click();
    // An assessment workbook: the pane asks first, and "Cancel" writes nothing.
    await page.locator('#snapshot-ask', { hasText: "This is Safety's assessment workbook" }).waitFor();
    await page.getByRole('button', { name: 'Leave this workbook as it is' }).click();
    await page.locator('#snapshot-status', { hasText: 'Nothing was written' }).waitFor();
    assert.ok(!(await fake(page, (wb) => wb.sheets.some((s) => s.name.startsWith('Snapshot')))));
    await page.locator('#snapshot-button').click();
    await page.getByRole('button', { name: 'Add the sheets here' }).click();
    await page.locator('#snapshot-status', { hasText: 'Snapshot written' }).waitFor();
    assert.equal(await page.locator('#snapshot-progress').getAttribute('value'), '100');
    const cells = await fake(page, (wb) => wb.sheets.filter((s) => s.name.startsWith('Snapshot')).flatMap((s) => [...wb.sheet(s.name).cells.values()].map((c) => String(c.value))));
    assert.ok(cells.includes('Entries by age at entry'));
    assert.ok(!cells.some((v) => v.startsWith('ZQ')), `no child id (${childId(1)}…) reaches the workbook`);
    assert.equal(await fake(page, (wb) => wb.value('S1 Practice', 'D6')), 2, 'the Snapshot left the assessment alone');
    assert.deepEqual(await seriousViolations(page), []);
  });

  it('checks and submits a workbook the committee sent with no jurisdiction file, asking before marking it empty', async () => {
    assert.ok(browser !== undefined);
    const page = await openPane(browser, base);
    // The workbook "service-array template" wrote, opened as it was saved.
    const j = sampleJurisdiction();
    const grid = readGrid(await buildTemplate(j, group(j, 'WG3'), FIXED_NOW, 'sent-WG3'));
    const sheets: OpenedSheet[] = grid.sheets.map((sh) => ({
      name: sh.name,
      visibility: sh.state === 'veryHidden' ? 'VeryHidden' : sh.state === 'hidden' ? 'Hidden' : 'Visible',
      rows: sh.rows.map((row) => row.map((c) => (c.kind === 'number' ? c.value : cellText(c)))),
    }));
    await page.evaluate((s) => (window as unknown as PageWindow).__fakeWorkbook.open(s), sheets);
    await page.getByRole('button', { name: '2. Check my work' }).click();
    await page.locator('#check-button').click();
    await page.locator('#check-summary', { hasText: 'Nothing has been filled in yet' }).waitFor();
    assert.equal(await page.getByRole('alert').isVisible(), false, 'no file asked for');

    await page.getByRole('button', { name: '3. Ready to submit' }).click();
    await page.locator('#submit-button').click();
    const question = page.locator('#submit-ask', { hasText: 'Mark this empty workbook as ready to submit anyway?' });
    await question.waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await page.getByRole('button', { name: 'No, keep working' }).click();
    await page.locator('#submit-result', { hasText: 'Not marked' }).waitFor();
    const stamp = (): Promise<string> => fake(page, (wb) => String(wb.value('_meta', `B${[...wb.sheet('_meta').cells.entries()].find(([, c]) => c.value === 'submittedAt')?.[0].split(':')[0] ?? '0'}`)));
    assert.equal(await stamp(), '');

    await fake(page, (wb) => wb.type('WB1 Practice', 'D6', '3'));
    await page.locator('#submit-button').click();
    const done = page.locator('#submit-result', { hasText: 'Marked ready to submit' });
    await done.waitFor();
    assert.match(await done.innerText(), /about \d+% done/);
    assert.match(await done.innerText(), /Send the saved file to service-array@riverbend\.example \(the steering committee's shared mailbox\) by 2026-12-04/);
    assert.match(await stamp(), /^\d{4}-\d{2}-\d{2}T/);

    // A member deletes a sheet; the repair needs nothing chosen and keeps what was typed.
    await fake(page, (wb) => wb.remove('WB1 Leadership'));
    await page.getByRole('button', { name: '1. Set up or repair' }).click();
    await page.locator('#carried-status', { hasText: 'carries everything the add-in needs' }).waitFor();
    await page.getByRole('button', { name: 'Repair my workbook' }).click();
    await page.locator('#setup-result', { hasText: 'Repaired: added "WB1 Leadership"' }).waitFor();
    assert.equal(await fake(page, (wb) => wb.value('WB1 Practice', 'D6')), 3);
  });

  it('can be used with the keyboard alone, and says what is wrong in an alert', async () => {
    assert.ok(browser !== undefined);
    const page = await openPane(browser, base);
    const reached: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    for (const id of ['tab-setup', 'tab-check', 'tab-submit', 'tab-status', 'tab-snapshot']) assert.ok(reached.includes(id), `${id} not reachable: ${reached.join(',')}`);
    await page.locator('#tab-check').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#panel-check').isVisible(), true);
    assert.equal(await page.locator('#tab-check').getAttribute('aria-current'), 'page');
    await page.locator('#check-button').focus();
    await page.keyboard.press('Enter');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /not a work group's assessment workbook\. Open the workbook your steering committee sent you/);
  });

  it('builds a Snapshot from renamed headers with a mapping file, and names a broken one in an alert', async () => {
    assert.ok(browser !== undefined);
    const page = await openPane(browser, base);
    await page.getByRole('button', { name: 'Analysts: build the Child and Family Snapshot' }).click();
    const renamed = episodesCsv(60).replace(/^RecNumbr,/, 'CHILD_NO,');
    await page.locator('#episodes-file').setInputFiles({ name: 'episodes.csv', mimeType: 'text/csv', buffer: Buffer.from(renamed) });
    await page.locator('#mapping-file').setInputFiles({ name: 'm.json', mimeType: 'application/json', buffer: Buffer.from('{"episodes": {"childId": "CHILD_NO"') });
    await page.locator('#snapshot-button').click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Mapping file "m.json" must be JSON/);
    await page.locator('#mapping-file').setInputFiles({ name: 'm.json', mimeType: 'application/json', buffer: Buffer.from('{"episodes": {"childId": "CHILD_NO"}}') });
    await page.locator('#snapshot-button').click();
    await page.locator('#snapshot-status', { hasText: 'Snapshot written' }).waitFor({ timeout: 8000 }).catch(async (e: unknown) => {
      throw new Error(`${String(e)}; the pane says: ${await page.locator('body').innerText()}`);
    });
    assert.equal(await page.locator('#period-input').inputValue(), '', 'no period given: the latest federal year in the data');
  });

  it('cancels a Snapshot while the worker reads, and writes nothing', async () => {
    assert.ok(browser !== undefined);
    const page = await openPane(browser, base);
    await page.getByRole('button', { name: 'Analysts: build the Child and Family Snapshot' }).click();
    // Large enough that reading outlasts the click even on a loaded machine.
    await page.locator('#episodes-file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(episodesCsv(400_000)) });
    await page.locator('#snapshot-button').click();
    await page.locator('#snapshot-status', { hasText: 'Reading big.csv' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('#snapshot-status', { hasText: 'Cancelled' }).waitFor();
    assert.deepEqual(await fake(page, (wb) => wb.sheets.map((s) => s.name)), ['Sheet1']);
  });
});
