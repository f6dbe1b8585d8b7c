// An outsider's attack on published Snapshots, written apart from the suppression code: from the JSON
// files alone (one or several releases of the same data), every published count and every identity
// the definitions imply become one integer program, and HiGHS finds the exact lowest and highest value
// each suppressed count can take. Hidden counts are at least 1 (zeros are shown).

import highsLoader from 'highs';
import type { Snapshot, SnapshotTable } from '../../src/core/snapshot';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let solver: Promise<Highs> | null = null;
const highs = (): Promise<Highs> => (solver ??= highsLoader());

/** Σ coef · name (op) rhs. */
interface Constraint {
  readonly terms: [string, number][];
  readonly op: '=' | '<=';
  readonly rhs: number;
}

export interface AttackedCell {
  readonly name: string;
  readonly min: number;
  /** Infinity when nothing bounds it from above. */
  readonly max: number;
}

export interface AttackResult {
  readonly cells: readonly AttackedCell[];
  /** Suppressed counts whose feasible range spans fewer than 3 values. */
  readonly narrowed: readonly AttackedCell[];
}

const TOTAL_OF: Readonly<Record<string, string>> = {
  'entries.age': 'Entries', 'entries.race': 'Entries', 'entries.sex': 'Entries', 'entries.reason': 'Entries',
  'exits.reason': 'Exits', 'incare.setting': 'In care on last day', 'reports.disposition': 'Child-reports',
  'victims.type': 'Substantiated or indicated child-reports',
};
const NON_ADDITIVE = new Set(['entries.reason', 'victims.type']);
const SUMMARY_ROWS: Readonly<Record<string, string>> = {
  'Child-reports': 'T:Child-reports', 'Children entering care': 'T:Entries', 'Entries into care': 'T:Entries',
  'Children in care on the last day': 'T:In care on last day', 'Children leaving care': 'T:Exits', 'Children found to be victims': 'R:victims',
};

class Model {
  readonly known = new Map<string, number>();
  readonly unknown = new Set<string>();
  readonly constraints: Constraint[] = [];
  /** Unpublished quantities (≥ 0, not ≥ 1): the stock before the first trend row. */
  readonly aux = new Set<string>();

  /** Registers a published count under its identity. */
  count(name: string, cell: { value: number | string | null; suppressed: boolean }): string {
    if (cell.suppressed) this.unknown.add(name);
    else if (typeof cell.value === 'number') {
      const seen = this.known.get(name);
      if (seen !== undefined && seen !== cell.value) throw new Error(`${name} is published as ${seen} and as ${cell.value}`);
      this.known.set(name, cell.value);
    }
    return name;
  }

  add(terms: [string, number][], op: '=' | '<=', rhs = 0): void {
    this.constraints.push({ terms, op, rhs });
  }
}

function trendName(period: string, column: string): string {
  return `T:${column}@${period}`;
}

/** The identity of a count: the same number in any table or release gets the same name. */
function identity(release: string, table: SnapshotTable, rowLabel: string, isTotal: boolean, column: string): string {
  if (table.id === 'trends') return trendName(rowLabel, column);
  const total = TOTAL_OF[table.id];
  if (isTotal && total !== undefined) return trendName(release, total);
  if (isTotal && table.id.startsWith('victims.')) return `R:victims@${release}`;
  const summary = SUMMARY_ROWS[rowLabel];
  if ((table.id === 'summary' || table.id === 'entries.summary') && summary !== undefined) {
    return summary.startsWith('T:') ? trendName(release, summary.slice(2)) : `${summary}@${release}`;
  }
  return `R:${table.id}|${rowLabel}|${column}@${release}`;
}

function tables(s: Snapshot): SnapshotTable[] {
  return s.sections.flatMap((sec) => [...sec.tables]);
}

function readRelease(m: Model, s: Snapshot, trendOrder: string[][]): void {
  const p = s.period.label;
  for (const t of tables(s)) {
    const names: { label: string; isTotal: boolean; name: string }[] = [];
    for (const row of t.rows) {
      row.cells.forEach((c, i) => {
        if (c.kind !== 'count') return;
        const name = m.count(identity(p, t, row.label, row.isTotal === true, t.columns[i]?.header ?? String(i)), c);
        if (i === 0 || t.id === 'trends' || t.id === 'indicators') names.push({ label: `${row.label}|${t.columns[i]?.header ?? ''}`, isTotal: row.isTotal === true, name });
      });
    }
    const total = names.find((n) => n.isTotal);
    const parts = names.filter((n) => !n.isTotal);
    if (total !== undefined) {
      if (NON_ADDITIVE.has(t.id)) for (const part of parts) m.add([[part.name, 1], [total.name, -1]], '<=');
      else m.add([[total.name, 1], ...parts.map((x) => [x.name, -1] as [string, number])], '=');
    }
    if (t.id === 'reports.disposition') {
      const sub = parts.find((x) => x.label.startsWith('Substantiated|'));
      const ind = parts.find((x) => x.label.startsWith('Indicated|'));
      if (sub !== undefined && ind !== undefined) m.add([[trendName(p, 'Substantiated or indicated child-reports'), 1], [sub.name, -1], [ind.name, -1]], '=');
    }
    if (t.id === 'trends') trendOrder.push(t.rows.map((r) => r.label));
  }
  const name = (code: string, col: 'Children in cohort' | 'Numerator'): string => `R:indicators|${rowOf(s, code)}|${col}@${p}`;
  const has = (n: string): boolean => m.known.has(n) || m.unknown.has(n);
  const entries = trendName(p, 'Entries');
  const adults = `R:entries.age|18 or older|Count@${p}`;
  const before = trendBefore(trendOrder, p);
  const rel = (terms: [string, number][], op: '=' | '<='): void => {
    if (terms.every(([n]) => has(n))) m.add(terms, op);
  };
  // The indicator cohorts and what bounds them (their definitions).
  rel([[name('P1', 'Children in cohort'), 1], [entries, -1], [adults, 1]], '<=');
  rel([[name('P1', 'Numerator'), 1], [name('P1', 'Children in cohort'), -1]], '<=');
  rel([[name('P4', 'Children in cohort'), 1], [name('P1', 'Numerator'), -1]], '<=');
  rel([[name('P4', 'Numerator'), 1], [name('P4', 'Children in cohort'), -1]], '<=');
  rel([[name('P2', 'Numerator'), 1], [name('P2', 'Children in cohort'), -1]], '<=');
  rel([[name('P3', 'Numerator'), 1], [name('P3', 'Children in cohort'), -1]], '<=');
  rel([[name('P5', 'Children in cohort'), 1], [entries, -1], [adults, 1]], '<=');
  if (before !== null) {
    const inCareBefore = trendName(before, 'In care on last day');
    rel([[name('P2', 'Children in cohort'), 1], [name('P3', 'Children in cohort'), 1], [inCareBefore, -1]], '<=');
    rel([[name('S1', 'Children in cohort'), 1], [inCareBefore, -1], [entries, -1]], '<=');
  }
  const victimReports = trendName(p, 'Substantiated or indicated child-reports');
  const victims = `R:victims@${p}`;
  rel([[name('S1', 'Numerator'), 1], [victimReports, -1]], '<=');
  rel([[victims, 1], [victimReports, -1]], '<=');
  // The S2 cohort is the victims under 18: the victims total less those 18 or older.
  rel([[name('S2', 'Children in cohort'), 1], [victims, -1], [`R:victims.age|18 or older|Count@${p}`, 1]], '=');
  rel([[name('S2', 'Numerator'), 1], [name('S2', 'Children in cohort'), -1]], '<=');
}

function rowOf(s: Snapshot, code: string): string {
  return tables(s).find((t) => t.id === 'indicators')?.rows.find((r) => r.label.startsWith(`${code} `))?.label ?? code;
}

function trendBefore(orders: readonly string[][], period: string): string | null {
  for (const o of orders) {
    const i = o.indexOf(period);
    if (i > 0) return o[i - 1] ?? null;
  }
  return null;
}

/** Stock and flow over the union of every release's trend rows, oldest first. */
function stockAndFlow(m: Model, orders: readonly string[][]): void {
  const periods: string[] = [];
  for (const o of orders) for (const p of o) if (!periods.includes(p)) periods.push(p);
  periods.sort((a, b) => firstIndex(orders, a) - firstIndex(orders, b));
  periods.forEach((p, i) => {
    const prev = periods[i - 1];
    const start = prev === undefined ? `aux:inCareBefore@${p}` : trendName(prev, 'In care on last day');
    if (prev === undefined) m.aux.add(start);
    m.add([[trendName(p, 'In care on last day'), 1], [start, -1], [trendName(p, 'Entries'), -1], [trendName(p, 'Exits'), 1]], '=');
    const cr = trendName(p, 'Child-reports');
    if (m.known.has(cr) || m.unknown.has(cr)) m.add([[trendName(p, 'Substantiated or indicated child-reports'), 1], [cr, -1]], '<=');
  });
}

/** Trend labels of one kind of period sort by the year they start with (FFY2024, CY2024, 2024-07..2025-06). */
function firstIndex(_orders: readonly string[][], label: string): number {
  const m = /(\d{4})/.exec(label);
  return m === null ? 0 : Number(m[1]);
}

function lpText(m: Model, names: Map<string, string>, objective: string, sense: 'Minimize' | 'Maximize'): string {
  const v = (n: string): string => names.get(n) ?? '';
  const lines = [sense, ` obj: ${v(objective)}`, 'Subject To'];
  m.constraints.forEach((c, i) => {
    let rhs = c.rhs;
    const parts: string[] = [];
    for (const [n, a] of c.terms) {
      const known = m.known.get(n);
      if (known !== undefined) rhs -= a * known;
      else if (names.has(n)) parts.push(`${a >= 0 ? '+' : '-'} ${Math.abs(a)} ${v(n)}`);
      else throw new Error(`constraint names ${n}, which is neither published nor suppressed`);
    }
    if (parts.length > 0) lines.push(` c${i}: ${parts.join(' ')} ${c.op} ${rhs}`);
  });
  lines.push('Bounds');
  for (const [n, id] of names) lines.push(m.aux.has(n) ? ` ${id} >= 0` : ` ${id} >= 1`);
  lines.push('General', ` ${[...names.values()].join(' ')}`, 'End');
  return lines.join('\n');
}

async function bound(m: Model, names: Map<string, string>, target: string, sense: 'Minimize' | 'Maximize'): Promise<number> {
  const h = await highs();
  const r = h.solve(lpText(m, names, target, sense), { time_limit: 30, output_flag: false });
  if (r.Status === 'Unbounded' || (sense === 'Maximize' && r.Status === 'Primal infeasible or unbounded')) return Infinity;
  if (r.Status !== 'Optimal') throw new Error(`the attack's integer program ended ${r.Status} for ${target}`);
  return Math.round(r.ObjectiveValue);
}

/** Attacks one or several releases of the same data; returns every suppressed count's exact range. */
export async function attackSnapshots(releases: readonly Snapshot[]): Promise<AttackResult> {
  const m = new Model();
  const orders: string[][] = [];
  for (const s of releases) readRelease(m, s, orders);
  stockAndFlow(m, orders);
  for (const n of m.known.keys()) m.unknown.delete(n);
  const names = new Map<string, string>();
  for (const n of [...m.unknown, ...m.aux]) names.set(n, `x${names.size}`);
  const cells: AttackedCell[] = [];
  for (const n of [...m.unknown].sort()) cells.push({ name: n, min: await bound(m, names, n, 'Minimize'), max: await bound(m, names, n, 'Maximize') });
  return { cells, narrowed: cells.filter((c) => c.max - c.min < 2) };
}
