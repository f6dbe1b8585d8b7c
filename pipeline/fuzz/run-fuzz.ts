// `npm run fuzz`: the mutation fuzzer's full run. Every variant of the good samples (see variants)
// is merged in a folder with the four good samples by a real `service-array merge`, and held to the
// promise (see run-variant); then the near-limit bombs, all in one folder. Prints the figures and
// every broken promise; exits 1 if there was one.
//
// Then the jurisdiction-file corpus through every command, and the linear-time inputs' times.
//
//   npm run fuzz -- [--seed 1] [--count 1500] [--bombs 30] [--jurisdictions 300] [--jobs 2]

import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { Command } from 'commander';
import { makeBomb } from './bombs';
import { mutateJurisdiction } from './jurisdiction-variants';
import { LINEAR_CASES, bestOf } from './linear-cases';
import { runJurisdictionCase } from './run-jurisdiction';
import { LIMITS, SAMPLES, inTurn, runCase, type Outcome } from './run-variant';
import { baseOf, makeVariant, type Base } from './variants';

export function sampleBases(): Base[] {
  return readdirSync(SAMPLES).map((f) => baseOf(f, readFileSync(path.join(SAMPLES, f))));
}

async function main(): Promise<void> {
  const opts = new Command()
    .option('--seed <n>', 'seed', '1')
    .option('--count <n>', 'variants', '1500')
    .option('--bombs <n>', 'near-limit bombs merged together in one folder', '30')
    .option('--jurisdictions <n>', 'mutated jurisdiction files run through every command', '300')
    .option('--jobs <n>', 'merges at a time', '2')
    .parse()
    .opts<{ seed: string; count: string; bombs: string; jurisdictions: string; jobs: string }>();
  const seed = Number(opts.seed);
  const bases = sampleBases();
  const indexes = Array.from({ length: Number(opts.count) }, (_v, i) => i);
  const started = Date.now();
  const outcomes = await inTurn(indexes, Number(opts.jobs), async (i) => {
    const v = makeVariant(seed, i, bases);
    const outcome = await runCase([{ name: 'variant.xlsx', bytes: v.bytes }]);
    if (outcome.failures.length > 0) process.stdout.write(`FAIL ${i} ${v.label}: ${outcome.failures.join('; ')}\n`);
    else if (i % 100 === 0) process.stdout.write(`… ${i} variants (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    return { ...outcome, label: v.label };
  });
  summarise(`${outcomes.length} variants (seed ${seed})`, outcomes);
  const slowest = [...outcomes].sort((a, b) => b.seconds - a.seconds).slice(0, 5);
  process.stdout.write(`slowest: ${slowest.map((o) => `${o.seconds.toFixed(1)} s ${o.label}`).join('; ')}\n`);
  const hungriest = [...outcomes].sort((a, b) => (b.rssMb ?? 0) - (a.rssMb ?? 0)).slice(0, 5);
  process.stdout.write(`most memory: ${hungriest.map((o) => `${(o.rssMb ?? 0).toFixed(0)} MB ${o.label}`).join('; ')}\n`);

  let failed = outcomes.some((o) => o.failures.length > 0);
  const bombs = Number(opts.bombs);
  if (bombs > 0) {
    const base = bases.find((b) => b.name.includes('WG2')) ?? (bases[0] as Base);
    const hostile = Array.from({ length: bombs }, (_v, i) => ({ name: `bomb-${String(i + 1).padStart(2, '0')}.xlsx`, bytes: makeBomb(i, base).bytes }));
    const onDisk = hostile.reduce((n, h) => n + h.bytes.length, 0);
    const outcome = await runCase(hostile);
    // One folder of many big files: its time is reported, not held to one file's bound.
    const broken = outcome.failures.filter((f) => !f.startsWith('took'));
    process.stdout.write(`${bombs} near-limit bombs (${(onDisk / 1024 / 1024).toFixed(1)} MB on disk, each expanding to about 190 MB) with the samples: ${outcome.seconds.toFixed(1)} s, peak memory ${outcome.rssMb?.toFixed(0) ?? '?'} MB, exit ${outcome.exitCode}, ${broken.length > 0 ? `FAIL: ${broken.join('; ')}` : 'every bomb named'}\n`);
    failed ||= broken.length > 0;
  }

  const sample: unknown = JSON.parse(readFileSync(path.join(SAMPLES, '../jurisdiction.json'), 'utf8'));
  let valid = 0;
  let broken = 0;
  for (let i = 0; i < Number(opts.jurisdictions); i++) {
    const v = mutateJurisdiction(sample, seed, i);
    const outcome = await runJurisdictionCase(v.json);
    if (outcome.valid) valid++;
    if (outcome.failures.length > 0) {
      broken++;
      process.stdout.write(`FAIL jurisdiction ${i} ${v.label.slice(0, 160)}: ${outcome.failures.join('; ')}\n`);
    }
  }
  process.stdout.write(`${opts.jurisdictions} jurisdiction files: ${valid} passed validation and ran every command, the rest were refused with exit 2; ${broken} broke a promise\n`);
  failed ||= broken > 0;

  for (const [what, make] of Object.entries(LINEAR_CASES)) {
    const times = [1, 2, 4].map((mb) => bestOf(make(mb * 1024 * 1024)));
    process.stdout.write(`linear: ${what}: ${times.map((t, i) => `${[1, 2, 4][i]} MB ${t.toFixed(1)} ms`).join(', ')}\n`);
  }
  process.exitCode = failed ? 1 : 0;
}

function summarise(what: string, outcomes: readonly Outcome[]): void {
  const count = (f: (o: Outcome) => boolean): number => outcomes.filter(f).length;
  const rss = outcomes.map((o) => o.rssMb ?? 0);
  process.stdout.write(
    `${what}: ${count((o) => o.crashed)} crashed, ${count((o) => o.stalled)} stalled (> ${LIMITS.seconds} s), ${count((o) => o.overMemory)} over ${LIMITS.rssMb} MB, ` +
      `${count((o) => o.failures.length > 0)} broke a promise; slowest ${Math.max(...outcomes.map((o) => o.seconds)).toFixed(1)} s, most memory ${Math.max(...rss).toFixed(0)} MB\n`,
  );
}

if (require.main === module) void main();
