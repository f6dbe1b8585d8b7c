// Prints the attack on a few counties (a quick look while developing; the tests assert).
import { attackSnapshots } from './snapshot-attacker';
import { county } from './counties';

async function main(): Promise<void> {
  const from = Number(process.argv[2] ?? 1);
  const n = Number(process.argv[3] ?? 3);
  for (let seed = from; seed < from + n; seed++) {
    const t0 = Date.now();
    const c = await county(seed);
    const t1 = Date.now();
    const r = await attackSnapshots(c.releases);
    process.stdout.write(`seed ${seed}: ${c.episodes} episodes, ${r.cells.length} suppressed, ${r.narrowed.length} narrowed (build ${t1 - t0} ms, attack ${Date.now() - t1} ms)\n`);
    for (const x of r.narrowed) process.stdout.write(`  ${x.name} [${x.min}, ${x.max}]\n`);
  }
}
void main();
