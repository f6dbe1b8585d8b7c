// Suppression over the linked system, in time order so that every release shows a period the same:
// period by period from the data's first, hide its counts from 1 to the threshold, then hide more of
// that period's counts until every hidden count so far has a proven protection interval (≥ 3 values).
// This release's own tables (victims, indicators, community) follow, never changing a period's pattern.

import type { LinkedSystem } from './linked-system';
import { type LinearRelation, ProtectionProver } from './protection-prover';

/**
 * How a witness may move the counts, so that it stays valid beside releases whose own tables this one
 * cannot see. `period`: period-stable counts may not lower any sum other releases lean on, and are
 * proven without this release's own tables (so later releases find the same pattern). `release`: this
 * release's tables; earlier periods' sums may not go down, and in care at this period's end stays put
 * (the next release's indicators lean on it). `release-open`, tried only when `release` finds nothing (a
 * county so small that a cohort can only grow with the period's in care): in care at the end may rise,
 * as the period-stable proofs of every later release let it.
 */
type Mode = 'period' | 'release' | 'release-open';

interface Scope {
  readonly keys: ReadonlySet<string>;
  readonly relations: readonly LinearRelation[];
}

function scopeOf(sys: LinkedSystem, inScope: (key: string) => boolean): Scope {
  const keys = new Set([...sys.cells.keys()].filter(inScope));
  return { keys, relations: sys.relations.filter((r) => r.terms.every(([k]) => keys.has(k))) };
}

function prover(sys: LinkedSystem, scope: Scope, hidden: ReadonlySet<string>, mode: Mode): ProtectionProver {
  const values = new Map<string, number>();
  for (const k of scope.keys) values.set(k, sys.cells.get(k)?.value ?? 0);
  const inScope = (terms: LinearRelation['terms']): boolean => terms.every(([k]) => scope.keys.has(k));
  const sensitive = sys.sensitive.filter((s) => inScope(s.terms));
  // Sums other releases lean on: kept from falling (or above their floor) unless this release's own tables are the ones leaning.
  const guarded = sensitive.filter((s) => mode === 'period' || s.release < 0 || (mode === 'release-open' && s.release === 1));
  const noLower = guarded.filter((s) => s.floor === undefined || (mode !== 'period' && s.release === 1)).map((s) => s.terms);
  // The floor never exceeds the truth: a count of 1 in care bounds at most one of the cohorts.
  const truth = (terms: LinearRelation['terms']): number => terms.reduce((n, [k, a]) => n + a * (sys.cells.get(k)?.value ?? 0), 0);
  const atLeast = guarded
    .filter((s) => s.floor !== undefined && !(mode !== 'period' && s.release === 1))
    .map((s) => ({ terms: s.terms, value: Math.min(s.floor ?? 0, truth(s.terms)) }));
  const fixed = new Set<string>();
  for (const k of hidden) {
    const cell = sys.cells.get(k);
    if (!scope.keys.has(k) || cell === undefined) continue;
    if (mode === 'period' && !cell.core) fixed.add(k);
  }
  if (mode === 'release') for (const s of sensitive) if (s.release === 1) for (const [k] of s.terms) fixed.add(k);
  return new ProtectionProver({ values, hidden: new Set([...hidden].filter((k) => scope.keys.has(k))), relations: scope.relations, noLower, atLeast, fixed });
}

/** The nearest shown, non-zero count among `candidates` linked to `key`, smallest first. */
function complement(sys: LinkedSystem, scope: Scope, hidden: ReadonlySet<string>, key: string, candidates: (k: string) => boolean): string | undefined {
  const byKey = new Map<string, LinearRelation[]>();
  for (const r of scope.relations) for (const [k] of r.terms) (byKey.get(k) ?? byKey.set(k, []).get(k))?.push(r);
  for (const throughShown of [false, true]) {
    const seen = new Set([key]);
    let frontier = [key];
    while (frontier.length > 0) {
      const found: string[] = [];
      const next: string[] = [];
      for (const k of frontier) {
        for (const r of byKey.get(k) ?? []) {
          for (const [o] of r.terms) {
            if (seen.has(o)) continue;
            seen.add(o);
            const value = sys.cells.get(o)?.value ?? 0;
            if (!hidden.has(o) && value > 0 && candidates(o)) found.push(o);
            if (hidden.has(o) || throughShown) next.push(o);
          }
        }
      }
      if (found.length > 0) return found.sort((a, b) => (sys.cells.get(a)?.value ?? 0) - (sys.cells.get(b)?.value ?? 0) || a.localeCompare(b))[0];
      frontier = next;
    }
  }
  return undefined;
}

/** A prover for the mode, falling back to `release-open` for this release's own tables. */
function proverFor(sys: LinkedSystem, scope: Scope, hidden: ReadonlySet<string>, mode: 'period' | 'release'): (key: string) => boolean {
  const p = prover(sys, scope, hidden, mode);
  if (mode === 'period') return (k) => p.prove(k);
  let open: ProtectionProver | null = null;
  return (k) => p.prove(k) || (open ??= prover(sys, scope, hidden, 'release-open')).prove(k);
}

/** Hides candidates until every hidden target in scope is proven; returns the targets it could not protect. */
function protect(sys: LinkedSystem, scope: Scope, hidden: Set<string>, targets: (k: string) => boolean, candidates: (k: string) => boolean, mode: 'period' | 'release'): string[] {
  const proven = new Set<string>();
  for (;;) {
    const prove = proverFor(sys, scope, hidden, mode);
    const open = [...hidden].filter((k) => scope.keys.has(k) && targets(k) && !proven.has(k)).sort();
    const unproven = open.filter((k) => !prove(k));
    for (const k of open) if (!unproven.includes(k)) proven.add(k);
    const first = unproven[0];
    if (first === undefined) return [];
    const next = complement(sys, scope, hidden, first, candidates);
    if (next === undefined) return unproven;
    hidden.add(next);
  }
}

/** Suppression found no safe pattern (or its checker no proof): nothing may be published. */
export class SuppressionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SuppressionError';
  }
}

/** The counts to hide: primary suppression and complementary suppression over the linked system. */
export function suppressLinked(sys: LinkedSystem, threshold: number): Set<string> {
  const hidden = new Set<string>();
  const small = (k: string): boolean => {
    const v = sys.cells.get(k)?.value ?? 0;
    return v >= 1 && v <= threshold;
  };
  const periods = [...new Set([...sys.cells.values()].filter((c) => c.core).map((c) => c.period))].sort((a, b) => a - b);
  for (const t of periods) {
    const ofPeriod = (k: string): boolean => sys.cells.get(k)?.core === true && sys.cells.get(k)?.period === t;
    for (const k of sys.cells.keys()) if (ofPeriod(k) && small(k)) hidden.add(k);
    const scope = scopeOf(sys, (k) => sys.cells.get(k)?.core === true && (sys.cells.get(k)?.period ?? 1) <= t);
    const left = protect(sys, scope, hidden, () => true, ofPeriod, 'period');
    if (left.length > 0) throw new SuppressionError(`Suppression cannot protect ${left.join(', ')} within period ${t}`);
  }
  const own = (k: string): boolean => sys.cells.get(k)?.core === false;
  for (const k of sys.cells.keys()) if (own(k) && small(k)) hidden.add(k);
  for (const rule of sys.hideTogether ?? []) {
    if (hidden.has(rule.when)) for (const k of rule.hide) if ((sys.cells.get(k)?.value ?? 0) > 0) hidden.add(k);
  }
  const left = protect(sys, scopeOf(sys, () => true), hidden, own, own, 'release');
  if (left.length > 0) throw new SuppressionError(`Suppression cannot protect ${left.join(', ')} in this release's tables`);
  return hidden;
}

/** Hidden counts whose protection interval of 3 values the prover cannot establish, with the mode used. */
export function unprotectedCells(sys: LinkedSystem, hidden: ReadonlySet<string>): string[] {
  const all = scopeOf(sys, () => true);
  const byPeriod = proverFor(sys, all, hidden, 'period');
  const byRelease = proverFor(sys, all, hidden, 'release');
  return [...hidden].filter((k) => sys.cells.has(k)).sort().filter((k) => !(sys.cells.get(k)?.core === true ? byPeriod : byRelease)(k));
}
