// A merge's outputs are one set: a failed rename puts the previous set back; a merge killed with
// kill -9 at any moment leaves the previous set intact byte for byte or the new set complete, never
// a mix; and the next run removes what a killed one left.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cellText, findSheet } from '../../src/core';
import { checkOutputs, cleanUp, writeFilesAtomic } from '../../pipeline/atomic-write';
import { readGrid } from '../../pipeline/xlsx/fast-grid-reader';
import { Random } from '../../pipeline/fuzz/variants';
import { PLAN_META_SHEET } from '../../pipeline/merge/plan-hidden-sheets';
import { ROOT } from '../helpers/fixtures';
import { CONFIG, scratch, type Scratch } from '../helpers/merge-fixtures';

const CLI = path.join(ROOT, 'build/pipeline/cli.js');
const NAMES = ['plan.csv', 'plan.json', 'plan.xlsx'];

function merge(s: Scratch, asOf: string, killAfterMs?: number): Promise<{ code: number | null; ms: number }> {
  const out = (f: string): string => path.join(s.dir, 'out', f);
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, 'merge', s.submissions, '--config', CONFIG, '--out', out('plan.xlsx'), '--json', out('plan.json'), '--csv', out('plan.csv'), '--as-of', asOf, '--quiet'], { stdio: 'ignore' });
    const timer = killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('close', (code) => {
      if (timer !== null) clearTimeout(timer);
      resolve({ code, ms: Date.now() - started });
    });
  });
}

type OutputSet = Readonly<Record<string, Buffer>>;

const read = (s: Scratch): OutputSet => Object.fromEntries(NAMES.map((n) => [n, readFileSync(path.join(s.dir, 'out', n))]));
const same = (a: OutputSet, b: OutputSet): boolean => NAMES.every((n) => a[n]?.equals(b[n] ?? Buffer.alloc(0)) === true);

/** The three files are of one run: the same as-of and generation time, and the steps of that as-of. */
function ofOneRun(set: OutputSet, csvFor: Readonly<Record<string, Buffer>>): string | null {
  const json = JSON.parse(String(set['plan.json'])) as { generatedAt: string; plan: { asOf: string } };
  // The Overview shows the time to the minute as a date cell; the hidden _meta sheet keeps it to the millisecond.
  const meta = findSheet(readGrid(set['plan.xlsx'] ?? Buffer.alloc(0)), PLAN_META_SHEET)?.rows.map((r) => r.map(cellText)) ?? [];
  const generated = meta.find((r) => r[0] === 'generatedAt')?.[1];
  if (generated !== json.generatedAt) return `plan.xlsx was generated at ${generated ?? '?'}, plan.json at ${json.generatedAt}`;
  if (!set['plan.csv']?.equals(csvFor[json.plan.asOf] ?? Buffer.alloc(0))) return `plan.csv is not the steps as of ${json.plan.asOf}`;
  return null;
}

describe('the outputs as a set', function () {
  this.timeout(180_000);
  let s: Scratch;
  beforeEach(() => {
    s = scratch();
  });
  afterEach(() => s.remove());

  it('puts the previous set back when a rename fails, and names the output that failed', async () => {
    const out = (f: string): string => path.join(s.dir, 'out', f);
    writeFileSync(out('a.txt'), 'old a');
    mkdirSync(out('b.txt'));
    writeFileSync(path.join(out('b.txt'), 'inside'), 'x');
    await assert.rejects(
      writeFilesAtomic([{ path: out('a.txt'), data: 'new a', option: '--out' }, { path: out('b.txt'), data: 'new b', option: '--json' }]),
      /^CliError: Cannot write --json .*b\.txt: .*\. Nothing was written: every output is as it was\./,
    );
    assert.equal(readFileSync(out('a.txt'), 'utf8'), 'old a');
    assert.deepEqual(readdirSync(out('')).sort(), ['a.txt', 'b.txt']);
  });

  it('removes what killed runs left and finishes a commit they recorded; leaves a running writer\'s files alone', async () => {
    const out = (f: string): string => path.join(s.dir, 'out', f);
    writeFileSync(out('plan.xlsx'), 'old plan');
    writeFileSync(out('plan.json'), 'old json');
    // A run killed after its commit record: plan.xlsx was renamed already, plan.json not yet.
    const dead = 2 ** 22 + 12345;
    writeFileSync(out(`.plan.json.service-array-${dead}-0a1b.tmp`), 'new json');
    writeFileSync(out(`.plan.xlsx.service-array-${dead}-0a1b.old`), 'old plan');
    writeFileSync(out('plan.xlsx'), 'new plan');
    writeFileSync(out(`.plan.xlsx.service-array-${dead}-0a1b.commit`), JSON.stringify([
      { temp: out(`.plan.xlsx.service-array-${dead}-0a1b.tmp`), target: out('plan.xlsx'), backup: out(`.plan.xlsx.service-array-${dead}-0a1b.old`) },
      { temp: out(`.plan.json.service-array-${dead}-0a1b.tmp`), target: out('plan.json'), backup: out(`.plan.json.service-array-${dead}-0a1b.old`) },
    ]));
    // One killed before its commit, and one still writing (this process).
    writeFileSync(out(`.plan.xlsx.service-array-${dead + 1}-ffff.tmp`), 'half a plan');
    writeFileSync(out(`.plan.xlsx.service-array-${process.pid}-beef.tmp`), 'being written');
    await checkOutputs([{ path: out('plan.xlsx'), option: '--out' }, { path: out('plan.json'), option: '--json' }], []);
    assert.equal(readFileSync(out('plan.xlsx'), 'utf8'), 'new plan');
    assert.equal(readFileSync(out('plan.json'), 'utf8'), 'new json');
    assert.deepEqual(readdirSync(out('')).sort(), [`.plan.xlsx.service-array-${process.pid}-beef.tmp`, 'plan.json', 'plan.xlsx']);
  });

  it('leaves the previous set or the complete new one, never a mix, whenever kill -9 strikes (24 times); the next run cleans up', async () => {
    const csvFor: Record<string, Buffer> = {};
    const asOfs = ['2027-01-15', '2027-06-15'];
    let typical = 0;
    for (const asOf of asOfs) {
      const r = await merge(s, asOf);
      assert.equal(r.code, 1);
      typical = Math.max(typical, r.ms);
      csvFor[asOf] = readFileSync(path.join(s.dir, 'out/plan.csv'));
    }
    assert.notDeepEqual(csvFor[asOfs[0] as string], csvFor[asOfs[1] as string], 'the two as-of days give different steps');
    const rng = new Random(12);
    const ended = { previous: 0, new: 0, finishedByNextRun: 0 };
    for (let kill = 0; kill < 24; kill++) {
      const previous = read(s);
      const asOf = (JSON.parse(String(previous['plan.json'])) as { plan: { asOf: string } }).plan.asOf === asOfs[0] ? (asOfs[1] as string) : (asOfs[0] as string);
      // Anywhere from the start to past the end, most often where the outputs are written.
      const at = rng.next() < 0.5 ? rng.next() * typical * 1.2 : typical * (0.6 + rng.next() * 0.5);
      await merge(s, asOf, Math.round(at));
      const left = readdirSync(path.join(s.dir, 'out'));
      if (left.some((f) => f.endsWith('.commit'))) {
        // Killed inside the commit: the new set was complete on disk, and the next run finishes it.
        cleanUp(NAMES.map((n) => path.join(s.dir, 'out', n)));
        ended.finishedByNextRun++;
      }
      const now = read(s);
      if (same(now, previous)) ended.previous++;
      else {
        assert.ok(NAMES.every((n) => !now[n]?.equals(previous[n] ?? Buffer.alloc(0))), `kill ${kill} at ${Math.round(at)} ms left a mix: ${NAMES.filter((n) => now[n]?.equals(previous[n] ?? Buffer.alloc(0))).join(', ')} unchanged`);
        assert.equal(ofOneRun(now, csvFor), null, `kill ${kill} at ${Math.round(at)} ms`);
        ended.new++;
      }
    }
    assert.ok(ended.previous > 0 && ended.new > 0, JSON.stringify(ended));
    assert.equal((await merge(s, asOfs[0] as string)).code, 1);
    assert.deepEqual(readdirSync(path.join(s.dir, 'out')).sort(), NAMES, 'nothing left behind');
    assert.ok(!existsSync(path.join(s.dir, 'out', '.commit')));
  });
});
