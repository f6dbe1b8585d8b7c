import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../../../pipeline/cli-error';
import { readCsv } from '../../../pipeline/snapshot/csv-reader';
import { runSnapshot, type SnapshotArgs } from '../../../pipeline/snapshot/snapshot-command';

const SAMPLES = join(__dirname, '../../../../samples/snapshot');
const TODAY = new Date('2026-11-23T12:00:00Z');
const quiet = { today: TODAY, log: () => undefined, warn: () => undefined };

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'snapshot-threads-'));
}

/** Runs the same arguments on one thread and on two reader threads; the outcomes must be equal. */
async function bothWays(args: (out: string) => SnapshotArgs): Promise<Awaited<ReturnType<typeof runSnapshot>>> {
  const one = tmp();
  const two = tmp();
  const single = await runSnapshot(args(one), { ...quiet, threads: false });
  const threaded = await runSnapshot(args(two), { ...quiet, threads: true });
  assert.deepEqual(threaded.snapshot, single.snapshot);
  assert.deepEqual(threaded.issues, single.issues);
  assert.equal(threaded.exitCode, single.exitCode);
  assert.equal(readFileSync(join(two, 'snapshot.json'), 'utf8'), readFileSync(join(one, 'snapshot.json'), 'utf8'));
  return threaded;
}

describe('snapshot on two reader threads', () => {
  it('gives the same Snapshot as one thread for the Riverbend samples', async () => {
    const outcome = await bothWays((out) => ({
      episodes: join(SAMPLES, 'episodes.csv'),
      reports: join(SAMPLES, 'reports.csv'),
      community: join(SAMPLES, 'community.csv'),
      out: join(out, 'snapshot.xlsx'),
      json: join(out, 'snapshot.json'),
      jurisdiction: 'Riverbend County',
    }));
    assert.deepEqual(outcome.snapshot.inputs.map((f) => f.file), ['episodes.csv', 'reports.csv', 'community.csv']);
  });

  it('reports every bad value with file, line and column, in file order', async () => {
    const dir = tmp();
    const episodes = readFileSync(join(SAMPLES, 'episodes.csv'), 'utf8').split('\n');
    const reports = readFileSync(join(SAMPLES, 'reports.csv'), 'utf8').split('\n');
    // Break a date, a code and a flag in episodes, a date and a disposition in reports.
    const breakField = (lines: string[], at: number, column: number, value: string): void => {
      const fields = (lines[at] ?? '').split(',');
      fields[column] = value;
      lines[at] = fields.join(',');
    };
    const eHeader = (episodes[0] ?? '').split(',');
    const rHeader = (reports[0] ?? '').split(',');
    breakField(episodes, 5, eHeader.indexOf('DOB'), '2015-02-30');
    breakField(episodes, 9, eHeader.indexOf('CurPlSet'), '12');
    breakField(episodes, 30, eHeader.indexOf('Neglect'), 'maybe');
    breakField(reports, 7, rHeader.indexOf('RptDt'), '13/45/2024');
    breakField(reports, 100, rHeader.indexOf('RptDisp'), 'perhaps');
    writeFileSync(join(dir, 'episodes.csv'), episodes.join('\n'));
    writeFileSync(join(dir, 'reports.csv'), reports.join('\n'));
    const outcome = await bothWays((out) => ({
      episodes: join(dir, 'episodes.csv'),
      reports: join(dir, 'reports.csv'),
      out: join(out, 'snapshot.xlsx'),
      json: join(out, 'snapshot.json'),
      maxBad: '50',
    }));
    assert.equal(outcome.exitCode, 1);
    assert.deepEqual(outcome.issues.map((i) => [i.file, i.row, i.column, i.code]), [
      ['episodes.csv', 6, 'DOB', 'DATE_INVALID'],
      ['episodes.csv', 10, 'CurPlSet', 'CODE_UNKNOWN'],
      ['episodes.csv', 31, 'Neglect', 'CODE_UNKNOWN'],
      ['reports.csv', 8, 'RptDt', 'DATE_INVALID'],
      ['reports.csv', 101, 'RptDisp', 'CODE_UNKNOWN'],
    ]);
  });

  it('stops with the episodes problem first, as one thread does', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'e.csv'), 'RecNumbr,DOB,LatRemDt,DISREASN\n1,2015-01-01,2024-01-01,\n');
    writeFileSync(join(dir, 'r.csv'), 'ChID,RptDisp\n1,1\n');
    for (const threads of [false, true]) {
      await assert.rejects(
        runSnapshot({ episodes: join(dir, 'e.csv'), reports: join(dir, 'r.csv'), out: join(dir, 'o.xlsx') }, { ...quiet, threads }),
        (e: unknown) => e instanceof CliError && e.exitCode === 2 && /^e\.csv cannot be used/.test(e.message) && /must have a "Discharge date" column/.test(e.message),
      );
    }
    writeFileSync(join(dir, 'e.csv'), 'RecNumbr,DOB,LatRemDt,DoDFCDt,DISREASN\n1,2015-01-01,2024-01-01,,\n');
    for (const threads of [false, true]) {
      await assert.rejects(
        runSnapshot({ episodes: join(dir, 'e.csv'), reports: join(dir, 'r.csv'), out: join(dir, 'o.xlsx') }, { ...quiet, threads }),
        (e: unknown) => e instanceof CliError && e.exitCode === 2 && /^r\.csv cannot be used/.test(e.message) && /must have a "Report date" column/.test(e.message),
      );
    }
  });
});

describe('csv reader fast paths', () => {
  it('reads plain ASCII, non-ASCII UTF-8 across chunk edges, and quoted chunks alike', async () => {
    const dir = tmp();
    // Rows long enough to span several 64 KB chunks; an "é" lands on many chunk edges, quotes in a few rows.
    const lines = ['id,name,note'];
    for (let i = 0; i < 6000; i++) lines.push(`${i},${i % 7 === 0 ? 'Zoé' : 'Zoe'},${i % 1000 === 0 ? '"two\nlines, quoted"' : 'plain text here to fill the chunk'}`);
    writeFileSync(join(dir, 'a.csv'), lines.join('\n'));
    const rows: [string[], number][] = [];
    const result = await readCsv(join(dir, 'a.csv'), 'a.csv', {
      header: () => [],
      row: (fields, line) => {
        rows.push([[...fields], line]);
      },
      malformed: () => assert.fail('no malformed rows'),
    });
    assert.equal(rows.length, 6000);
    for (let i = 0; i < 6000; i++) {
      const [fields, line] = rows[i] ?? [[], 0];
      assert.deepEqual(fields, [String(i), i % 7 === 0 ? 'Zoé' : 'Zoe', i % 1000 === 0 ? 'two\nlines, quoted' : 'plain text here to fill the chunk']);
      // One extra file line per quoted newline before this row.
      assert.equal(line, i + 2 + Math.ceil(i / 1000));
    }
    assert.equal(result.lines, 6000 + 1 + 6);
  });
});
