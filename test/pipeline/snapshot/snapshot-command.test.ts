import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import ExcelJS from 'exceljs';
import { CliError } from '../../../pipeline/cli-error';
import { registerSnapshot, runSnapshot, type SnapshotArgs } from '../../../pipeline/snapshot/snapshot-command';
import { SNAPSHOT_SCHEMA, type Snapshot } from '../../../src/core/snapshot';

const SAMPLES = join(__dirname, '../../../../samples/snapshot');
const TODAY = new Date('2026-11-23T12:00:00Z');
const quiet = { today: TODAY, log: () => undefined, warn: () => undefined };

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'snapshot-cmd-'));
}

function sampleArgs(out: string): SnapshotArgs {
  return {
    episodes: join(SAMPLES, 'episodes.csv'),
    reports: join(SAMPLES, 'reports.csv'),
    community: join(SAMPLES, 'community.csv'),
    out: join(out, 'snapshot.xlsx'),
    json: join(out, 'snapshot.json'),
    jurisdiction: 'Riverbend County',
  };
}

/** Every child id in the sample inputs: the first column of both files. */
function sampleChildIds(): Set<string> {
  const ids = new Set<string>();
  for (const f of ['episodes.csv', 'reports.csv']) {
    for (const line of readFileSync(join(SAMPLES, f), 'utf8').split('\n').slice(1)) if (line !== '') ids.add(line.split(',')[0] ?? '');
  }
  return ids;
}

async function workbookText(path: string): Promise<{ sheets: string[]; text: string; wb: ExcelJS.Workbook }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const parts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => parts.push(String(c.text)))));
  return { sheets: wb.worksheets.map((w) => w.name), text: parts.join('\n'), wb };
}

describe('snapshot command', () => {
  it('writes the workbook and JSON from the Riverbend samples', async () => {
    const out = tmp();
    const outcome = await runSnapshot(sampleArgs(out), quiet);
    assert.equal(outcome.exitCode, 0);
    const json = JSON.parse(readFileSync(join(out, 'snapshot.json'), 'utf8')) as Snapshot;
    assert.equal(json.schema, SNAPSHOT_SCHEMA);
    assert.deepEqual(json.period, { label: 'FFY2026', start: '2025-10-01', end: '2026-09-30' });
    assert.deepEqual(json.indicators.map((i) => i.code), ['P1', 'P2', 'P3', 'P4', 'P5', 'S1', 'S2']);
    assert.deepEqual(json.sections.map((s) => s.id), ['summary', 'front-door', 'entries', 'in-care', 'exits', 'indicators', 'trends', 'community']);
    for (const s of json.sections) for (const t of s.tables) for (const r of t.rows) for (const c of r.cells) if (c.suppressed) assert.equal(c.value, null);
    const { sheets, text, wb } = await workbookText(join(out, 'snapshot.xlsx'));
    assert.deepEqual(sheets, ['Summary', 'Front door', 'Entries', 'In care', 'Exits', 'Indicators', 'Trends', 'Community', 'Notes', 'Chart data']);
    assert.match(text, /Suppressed to protect privacy/);
    assert.match(text, /P1 Permanency in 12 months for children entering care/);
    assert.equal(wb.getWorksheet('Chart data')?.state, 'hidden', 'the charts read a hidden sheet');
    // The summary's entries count equals the JSON's.
    const summary = json.sections[0]?.tables[0];
    const entriesRow = summary?.rows.find((r) => r.label === 'Children entering care');
    const ws = wb.getWorksheet('Summary');
    let cellValue: unknown;
    ws?.eachRow((row) => {
      if (row.getCell(1).value === 'Children entering care') cellValue = row.getCell(2).value;
    });
    assert.equal(cellValue, entriesRow?.cells[0]?.suppressed === true ? '*' : entriesRow?.cells[0]?.value);
    assert.deepEqual(readdirSync(out).sort(), ['snapshot.json', 'snapshot.xlsx'], 'no temp files left behind');
    const nested = await runSnapshot({ episodes: join(SAMPLES, 'episodes.csv'), out: join(out, 'new', 'folder', 's.xlsx') }, quiet);
    assert.equal(nested.exitCode, 0);
    assert.ok(existsSync(join(out, 'new', 'folder', 's.xlsx')), 'a missing output folder is made');
  });

  it('never puts a child id in the JSON or the workbook', async () => {
    const out = tmp();
    await runSnapshot(sampleArgs(out), quiet);
    const json = readFileSync(join(out, 'snapshot.json'), 'utf8');
    const { text } = await workbookText(join(out, 'snapshot.xlsx'));
    const ids = sampleChildIds();
    assert.ok(ids.size > 300);
    for (const id of ids) {
      assert.equal(json.includes(id), false, `JSON holds ${id}`);
      assert.equal(text.includes(id), false, `workbook holds ${id}`);
    }
  });

  it('reads renamed headers through a mapping file', async () => {
    const dir = tmp();
    const csv = readFileSync(join(SAMPLES, 'episodes.csv'), 'utf8').replace(/^RecNumbr,DOB,/, 'CHILD_NO,DOB,').replace('LatRemDt,DoDFCDt,DISREASN', 'Date Entered Care,Date Left Care,Exit Code');
    writeFileSync(join(dir, 'renamed.csv'), csv);
    copyFileSync(join(SAMPLES, 'mapping.example.json'), join(dir, 'm.json'));
    const outcome = await runSnapshot({ episodes: join(dir, 'renamed.csv'), mapping: join(dir, 'm.json'), out: join(dir, 'o.xlsx'), period: 'FFY2025' }, quiet);
    const plain = await runSnapshot({ episodes: join(SAMPLES, 'episodes.csv'), out: join(dir, 'p.xlsx'), period: 'FFY2025' }, quiet);
    assert.deepEqual(outcome.snapshot.indicators, plain.snapshot.indicators);
  });

  it('stops with exit 2 and names a missing required column, writing nothing', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'e.csv'), 'RecNumbr,DOB,LatRemDt,DISREASN\n1,2015-01-01,2024-01-01,\n');
    await assert.rejects(
      runSnapshot({ episodes: join(dir, 'e.csv'), out: join(dir, 'o.xlsx') }, quiet),
      (e: unknown) => e instanceof CliError && e.exitCode === 2 && /must have a "Discharge date" column/.test(e.message),
    );
    assert.equal(existsSync(join(dir, 'o.xlsx')), false);
  });

  it('lists the headers found and notices a reports file given as the episodes', async () => {
    const dir = tmp();
    await assert.rejects(
      runSnapshot({ episodes: join(SAMPLES, 'reports.csv'), reports: join(SAMPLES, 'episodes.csv'), out: join(dir, 'o.xlsx') }, quiet),
      (e: unknown) =>
        e instanceof CliError &&
        e.message.includes('Its headers are: "ChID", "RptDt", "RptDisp", "ChMal1", "ChMal2", "ChAge", "ChSex", "RaceEthnicity", "RptFIPS". It looks like a reports file: check which file was given for which'),
    );
    assert.equal(existsSync(join(dir, 'o.xlsx')), false);
  });

  it('skips bad rows with file, line and column, and exits 1', async () => {
    const dir = tmp();
    const rows = ['RecNumbr,DOB,LatRemDt,DoDFCDt,DISREASN'];
    for (let i = 0; i < 40; i++) rows.push(`C${i},2015-01-01,2024-01-01,,`);
    rows.push('C99,2015-01-01,2024-01-01,13/45/2024,1');
    writeFileSync(join(dir, 'e.csv'), rows.join('\n'));
    const outcome = await runSnapshot({ episodes: join(dir, 'e.csv'), out: join(dir, 'o.xlsx'), period: 'FFY2024' }, quiet);
    assert.equal(outcome.exitCode, 1);
    assert.deepEqual(outcome.issues.map((i) => [i.file, i.row, i.column, i.code]), [['e.csv', 42, 'DoDFCDt', 'DATE_INVALID']]);
    assert.deepEqual(outcome.files[0], { file: 'e.csv', rows: 41, skipped: 1, errors: 1, warnings: 0, codes: { DATE_INVALID: 1 } });
    assert.deepEqual(outcome.snapshot.inputs[0], { file: 'e.csv', skipped: 1, errors: 1, warnings: 0, codes: { DATE_INVALID: 1 } }, 'the published summary has no row count');
  });

  it('stops when too much of a file is bad, and says so', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'e.csv'), 'RecNumbr,DOB,LatRemDt,DoDFCDt,DISREASN\n1,2015-01-01,2024-01-01,,\n2,someday,2024-01-01,,\n');
    await assert.rejects(
      runSnapshot({ episodes: join(dir, 'e.csv'), out: join(dir, 'o.xlsx') }, quiet),
      (e: unknown) => e instanceof CliError && e.exitCode === 2 && e.message.startsWith('Too many bad rows in e.csv: 1 of 2 (50.0%) were skipped, above the 5.0% limit'),
    );
    const ok = await runSnapshot({ episodes: join(dir, 'e.csv'), out: join(dir, 'o.xlsx'), maxBad: '60' }, quiet);
    assert.equal(ok.exitCode, 1);
  });

  it('refuses bad arguments with exit 2', async () => {
    const dir = tmp();
    const base = { episodes: join(SAMPLES, 'episodes.csv'), out: join(dir, 'o.xlsx') };
    const cases: [Partial<SnapshotArgs>, RegExp][] = [
      [{ period: 'Q3' }, /^Period must be FFY2025/],
      [{ out: join(dir, 'o.csv') }, /--out must end in \.xlsx/],
      [{ out: join(SAMPLES, 'episodes.csv', 'o.xlsx') }, /cannot be made/],
      [{ threshold: 'ten' }, /--threshold must be a whole number/],
      [{ episodes: join(dir, 'nope.csv') }, /--episodes ".*nope.csv" cannot be read/],
      [{ mapping: join(SAMPLES, 'episodes.csv') }, /Mapping file .* must be JSON/],
    ];
    for (const [extra, message] of cases) {
      await assert.rejects(runSnapshot({ ...base, ...extra }, quiet), (e: unknown) => e instanceof CliError && e.exitCode === 2 && message.test(e.message));
    }
  });

  it('refuses thresholds below 10 unless not for publication, and 0 always; stamps every sheet and the JSON', async () => {
    const dir = tmp();
    const base = { episodes: join(SAMPLES, 'episodes.csv'), reports: join(SAMPLES, 'reports.csv'), out: join(dir, 'o.xlsx'), json: join(dir, 'o.json') };
    await assert.rejects(runSnapshot({ ...base, threshold: '0', notForPublication: true }, quiet), (e: unknown) => e instanceof CliError && /--threshold 0 would publish counts of 1/.test(e.message));
    await assert.rejects(runSnapshot({ ...base, threshold: '5' }, quiet), (e: unknown) => e instanceof CliError && /--not-for-publication/.test(e.message));
    assert.equal(existsSync(join(dir, 'o.xlsx')), false, 'nothing written');
    const ok = await runSnapshot({ ...base, threshold: '5', notForPublication: true }, quiet);
    const json = JSON.parse(readFileSync(join(dir, 'o.json'), 'utf8')) as Snapshot;
    assert.equal(json.notForPublication, true);
    assert.match(json.title, /^NOT FOR PUBLICATION/);
    assert.equal(ok.snapshot.suppression.threshold, 5);
    const { wb } = await workbookText(join(dir, 'o.xlsx'));
    for (const ws of wb.worksheets) assert.match(String(ws.getCell(1, 1).value), /NOT FOR PUBLICATION/, ws.name);
  });

  it('takes the default period from the data, and names the data range for a period outside it', async () => {
    const dir = tmp();
    const base = { episodes: join(SAMPLES, 'episodes.csv'), reports: join(SAMPLES, 'reports.csv'), out: join(dir, 'o.xlsx') };
    const later = await runSnapshot(base, { ...quiet, today: new Date('2029-03-01T12:00:00Z') });
    assert.equal(later.snapshot.period.label, 'FFY2026', 'the calendar has passed the samples; the data has not');
    await assert.rejects(
      runSnapshot({ ...base, period: 'FFY2030' }, quiet),
      (e: unknown) => e instanceof CliError && /FFY2030 .* not covered by the data, which runs from 20\d\d-\d\d to 2026-10/.test(e.message),
    );
  });

  it('is a commander sub-command that reports its exit code', async () => {
    const dir = tmp();
    const program = new Command().exitOverride();
    let code = -1;
    registerSnapshot(program, (c) => {
      code = c;
    });
    await program.parseAsync(['snapshot', '--episodes', join(SAMPLES, 'episodes.csv'), '--out', join(dir, 's.xlsx'), '--period', 'FFY2025', '--threshold', '5', '--not-for-publication', '--quiet'], { from: 'user' });
    assert.equal(code, 0);
    assert.ok(existsSync(join(dir, 's.xlsx')));
  });
});
