// A fixed-seed subset of the fuzzer (`npm run fuzz` runs the whole): one variant of every mutation,
// each merged beside the four good samples by a real `service-array merge`; three near-limit bombs
// together; and a corpus of jurisdiction files run through every command that reads one.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { makeBomb } from '../../pipeline/fuzz/bombs';
import { mutateJurisdiction } from '../../pipeline/fuzz/jurisdiction-variants';
import { runJurisdictionCase } from '../../pipeline/fuzz/run-jurisdiction';
import { sampleBases } from '../../pipeline/fuzz/run-fuzz';
import { LIMITS, inTurn, runCase } from '../../pipeline/fuzz/run-variant';
import { OPERATORS, fingerprint, makeVariant, type Base } from '../../pipeline/fuzz/variants';
import { CONFIG } from '../helpers/merge-fixtures';

const SEED = 20261201;

describe('the fuzzer (a fixed-seed subset)', function () {
  this.timeout(180_000);
  let bases: Base[];
  before(() => {
    bases = sampleBases();
  });

  it('makes the same variants from the same seed, and others from another', () => {
    const prints = (seed: number): number[] => [3, 17, 25].map((i) => fingerprint(makeVariant(seed, i, bases).bytes));
    assert.deepEqual(prints(SEED), prints(SEED));
    assert.notDeepEqual(prints(SEED), prints(SEED + 1));
  });

  it(`merges one variant of each of the ${OPERATORS.length} mutations beside the samples: exit 1, the good groups merged, the variant named, within ${LIMITS.seconds} s and ${LIMITS.rssMb} MB`, async () => {
    const variants = OPERATORS.map((_op, i) => makeVariant(SEED, i, bases));
    const outcomes = await inTurn(variants, 2, (v) => runCase([{ name: 'variant.xlsx', bytes: v.bytes }]));
    assert.deepEqual(outcomes.flatMap((o, i) => o.failures.map((f) => `${variants[i]?.label ?? i}: ${f}`)), []);
  });

  it('merges three near-limit bombs (each expanding to 190 MB) with the samples in under 1 GB, naming each', async () => {
    const base = bases.find((b) => b.name.includes('WG2')) as Base;
    // A two-byte string, half a million cells and plain spaces: the costliest kinds.
    const bombs = [2, 3, 0].map((kind, i) => ({ name: `bomb-${i + 1}.xlsx`, bytes: makeBomb(kind, base).bytes }));
    const outcome = await runCase(bombs);
    assert.deepEqual(outcome.failures.filter((f) => !f.startsWith('took')), []);
    assert.ok(outcome.rssMb !== null && outcome.rssMb < LIMITS.rssMb, `peak ${outcome.rssMb} MB`);
  });

  it('runs every command on each jurisdiction file of a fixed corpus that passes validation, and refuses the others with exit 2', async () => {
    const sample: unknown = JSON.parse(readFileSync(CONFIG, 'utf8'));
    let valid = 0;
    const failures: string[] = [];
    for (let i = 0; i < 36; i++) {
      const v = mutateJurisdiction(sample, SEED, i);
      const outcome = await runJurisdictionCase(v.json);
      if (outcome.valid) valid++;
      failures.push(...outcome.failures.map((f) => `${i} ${v.label.slice(0, 120)}: ${f}`));
    }
    assert.deepEqual(failures, []);
    assert.ok(valid >= 5, `${valid} valid files: the corpus must reach the commands`);
  });
});
