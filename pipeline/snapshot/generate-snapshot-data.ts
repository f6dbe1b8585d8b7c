// Seeded synthetic Snapshot inputs: AFCARS-like episodes and NCANDS-like reports for a fictional
// county, any size, same bytes for the same seed. `--episodes N --reports N --out-dir DIR --seed S`.

import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';

const DAY_MS = 86_400_000;
const EPISODE_HEADER =
  'RecNumbr,DOB,Sex,AmIAKN,Asian,BlkAfrAm,HawaiiPI,White,UnToDetm,HisOrgin,FIPSCode,LatRemDt,DoDFCDt,DISREASN,CurPlSet,CurSetDt,NumPlep,PhyAbuse,SexAbuse,Neglect,DAParent,ChBehPrb,NoCope,Housing';
const REPORT_HEADER = 'ChID,RptDt,RptDisp,ChMal1,ChMal2,ChAge,ChSex,RaceEthnicity,RptFIPS';
const RACE_WORDS = ['White', 'Black', 'Hispanic', 'Asian', 'American Indian', 'Two or more races', 'Unknown', 'Pacific Islander'];
const RACE_WEIGHTS = [0.44, 0.22, 0.2, 0.03, 0.03, 0.05, 0.02, 0.01];

/** mulberry32: small, fast, good enough for synthetic data, and identical on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  readonly episodes: number;
  readonly reports: number;
  readonly outDir: string;
  readonly seed: number;
  /** Last day any event may fall on, yyyy-mm-dd. */
  readonly through: string;
  readonly years: number;
}

const iso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

class Out {
  private buf: string[] = [];
  constructor(private readonly stream: WriteStream) {}
  async line(s: string): Promise<void> {
    this.buf.push(s);
    if (this.buf.length >= 5000) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.buf.length === 0) return;
    const ok = this.stream.write(this.buf.join('\n') + '\n');
    this.buf = [];
    if (!ok) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }
  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
}

export async function generateSnapshotData(o: GenerateOptions): Promise<{ episodes: string; reports: string }> {
  mkdirSync(o.outDir, { recursive: true });
  const rnd = seededRandom(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const weighted = (ws: readonly number[]): number => {
    let r = rnd();
    for (let i = 0; i < ws.length; i++) if ((r -= ws[i] ?? 0) < 0) return i;
    return ws.length - 1;
  };
  const last = Math.floor(Date.parse(o.through) / DAY_MS);
  const first = last - Math.round(o.years * 365.25);
  const epPath = join(o.outDir, 'episodes.csv');
  const repPath = join(o.outDir, 'reports.csv');
  const ep = new Out(createWriteStream(epPath));
  const rep = new Out(createWriteStream(repPath));
  await ep.line(EPISODE_HEADER);
  await rep.line(REPORT_HEADER);
  let episodes = 0;
  let reports = 0;
  // Share of children who enter care, tuned so both files fill up at about the same time.
  const removeShare = Math.min(1, Math.max(0.05, (o.episodes / Math.max(1, o.reports)) * 1.35));
  for (let child = 1; episodes < o.episodes || reports < o.reports; child++) {
    const id = `RB${String(child).padStart(7, '0')}`;
    const dob = first - 365 * 17 + Math.floor(rnd() * (last - first + 365 * 17));
    const sex = rnd() < 0.5 ? 1 : 2;
    const race = weighted(RACE_WEIGHTS);
    // Younger children are reported more often: the first report's age leans towards infancy.
    let day = dob + 7 + Math.floor(rnd() * rnd() * 365 * 17);
    if (day < first || day > last) day = first + Math.floor(rnd() * (last - first));
    if (day < dob) continue;
    const removed = rnd() < removeShare;
    const nReports = 1 + weighted([0.6, 0.25, 0.1, 0.05]);
    for (let r = 0; r < nReports && day <= last; r++) {
      const age = Math.floor((day - dob) / 365.25);
      if (age >= 18) break;
      const disp = removed && r === 0 ? pick([1, 1, 2]) : pick([1, 1, 2, 5, 5, 5, 5, 9]);
      const mal1 = pick([1, 2, 2, 2, 3, 4, 5]);
      if (reports < o.reports) {
        await rep.line(`${id},${iso(day)},${disp},${mal1},${rnd() < 0.15 ? pick([2, 5, 8]) : ''},${age},${sex},${RACE_WORDS[race]},09990`);
        reports++;
      }
      if (removed && r === 0 && episodes < o.episodes) day = await writeEpisodes(id, dob, sex, race, day + Math.floor(rnd() * 30));
      day += 20 + Math.floor(rnd() * 500);
    }
  }

  async function writeEpisodes(id: string, dob: number, sex: number, race: number, removal: number): Promise<number> {
    let start = removal;
    for (let k = 0; k < 3 && start <= last && episodes < o.episodes; k++) {
      const stay = Math.floor(-Math.log(1 - rnd()) * 420) + 1;
      const end = start + stay;
      const open = end > last;
      const reason = open ? '' : String(pick([1, 1, 1, 1, 2, 3, 3, 4, 5, 5, 6, 7]));
      const setting = open ? pick([2, 2, 3, 3, 3, 4, 5, 6, 8]) : reason === '1' && rnd() < 0.4 ? 8 : pick([1, 2, 3, 3, 4, 5]);
      const settingStart = setting === 8 ? Math.max(start, (open ? last : end) - Math.floor(rnd() * 90)) : start + Math.floor(rnd() * stay);
      const r = [race === 4, race === 3, race === 1, race === 7, race === 0, race === 6].map((b) => (b ? 1 : 0));
      const flags = [rnd() < 0.2, rnd() < 0.06, rnd() < 0.65, rnd() < 0.35, rnd() < 0.1, rnd() < 0.08, rnd() < 0.1].map((b) => (b ? 1 : 0));
      await ep.line(
        `${id},${iso(dob)},${sex},${r.join(',')},${race === 2 ? 1 : 2},09990,${iso(start)},${open ? '' : iso(end)},${reason},${setting},${iso(Math.min(settingStart, last))},${1 + Math.floor(-Math.log(1 - rnd()) * 1.2)},${flags.join(',')}`,
      );
      episodes++;
      if (open || rnd() > 0.18) return open ? last : end;
      start = end + 10 + Math.floor(rnd() * 500);
    }
    return start;
  }

  await ep.close();
  await rep.close();
  return { episodes: epPath, reports: repPath };
}

if (require.main === module) {
  const program = new Command()
    .name('generate-snapshot-data')
    .option('--episodes <n>', 'episode rows', '10000')
    .option('--reports <n>', 'report rows', '10000')
    .option('--out-dir <dir>', 'output folder', 'out/snapshot-data')
    .option('--seed <n>', 'random seed', '1')
    .option('--through <date>', 'last day of the data', '2026-10-31')
    .option('--years <n>', 'years of history', '10')
    .parse();
  const opts = program.opts<{ episodes: string; reports: string; outDir: string; seed: string; through: string; years: string }>();
  generateSnapshotData({
    episodes: Number(opts.episodes),
    reports: Number(opts.reports),
    outDir: opts.outDir,
    seed: Number(opts.seed),
    through: opts.through,
    years: Number(opts.years),
  }).then(
    (p) => process.stdout.write(`wrote ${p.episodes} and ${p.reports}\n`),
    (e: unknown) => {
      process.stderr.write(`${String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
