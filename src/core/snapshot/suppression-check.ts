// Proves a set of suppressed tables safe: no small count shown, no derived number shown over a
// hidden count, no key shown in one place and hidden in another, and no hidden count recoverable
// from the additive relations (interval propagation over total = sum(parts), hidden cells ≥ 1).

import type { DraftTable } from './snapshot-model';

export type ViolationCode = 'SMALL_COUNT_SHOWN' | 'DERIVED_SHOWN' | 'KEY_INCONSISTENT' | 'CELL_RECOVERABLE' | 'VALUE_MISSING';

export interface Violation {
  readonly code: ViolationCode;
  readonly table: string;
  readonly key: string;
  readonly message: string;
}

interface Bounds {
  lo: number;
  hi: number;
}

/** Checks tables whose cells carry true values and `hidden` flags (after `applySuppression`). */
export function checkSuppression(tables: readonly DraftTable[], threshold: number): Violation[] {
  const out: Violation[] = [];
  const shown = new Map<string, number>();
  const hiddenKeys = new Map<string, number>();
  const tableOf = new Map<string, string>();
  for (const t of tables) {
    for (const row of t.rows) {
      for (const c of row.cells) {
        if (c.key === undefined) continue;
        tableOf.set(c.key, t.id);
        const v = typeof c.value === 'number' ? c.value : NaN;
        if (c.hidden === true) hiddenKeys.set(c.key, v);
        else shown.set(c.key, v);
        if (c.hidden !== true && c.kind === 'count' && v >= 1 && v <= threshold) {
          out.push({ code: 'SMALL_COUNT_SHOWN', table: t.id, key: c.key, message: `${t.id}: ${row.label} shows ${v}, a count from 1 to ${threshold}` });
        }
      }
    }
  }
  for (const [key] of hiddenKeys) {
    if (shown.has(key)) out.push({ code: 'KEY_INCONSISTENT', table: tableOf.get(key) ?? '', key, message: `${key} is hidden in one table and shown in another` });
  }
  for (const t of tables) {
    for (const row of t.rows) {
      for (const c of row.cells) {
        if (c.hidden === true || c.basis === undefined) continue;
        const bad = c.basis.find((k) => hiddenKeys.has(k) || ((shown.get(k) ?? 0) >= 1 && (shown.get(k) ?? 0) <= threshold));
        if (bad !== undefined) out.push({ code: 'DERIVED_SHOWN', table: t.id, key: bad, message: `${t.id}: ${row.label} shows a ${c.kind} built on the hidden count ${bad}` });
      }
    }
  }
  out.push(...recoverable(tables, shown, hiddenKeys, tableOf));
  return out;
}

function recoverable(tables: readonly DraftTable[], shown: Map<string, number>, hidden: Map<string, number>, tableOf: Map<string, string>): Violation[] {
  const out: Violation[] = [];
  const bounds = new Map<string, Bounds>();
  const get = (key: string): Bounds | undefined => {
    const v = shown.get(key);
    if (v !== undefined) return { lo: v, hi: v };
    if (hidden.has(key)) {
      let b = bounds.get(key);
      if (b === undefined) {
        b = { lo: 1, hi: Infinity };
        bounds.set(key, b);
      }
      return b;
    }
    return undefined;
  };
  const groups = tables.flatMap((t) => t.groups);
  for (const g of groups) {
    for (const k of [g.total, ...g.parts]) {
      if (get(k) === undefined) out.push({ code: 'VALUE_MISSING', table: tableOf.get(g.total) ?? '', key: k, message: `group over ${g.total} names ${k}, which no table shows` });
    }
  }
  if (out.length > 0) return out;
  // Tighten bounds until nothing moves; each pass narrows some interval, and integers bound the passes.
  for (let pass = 0, changed = true; changed && pass < 10_000; pass++) {
    changed = false;
    for (const g of groups) {
      const total = get(g.total) as Bounds;
      const parts = g.parts.map((p) => get(p) as Bounds);
      if (bounds.has(g.total)) {
        const loSum = parts.reduce((a, b) => a + b.lo, 0);
        const hiSum = parts.reduce((a, b) => a + b.hi, 0);
        changed = tighten(total, loSum, hiSum) || changed;
      }
      g.parts.forEach((p, i) => {
        const b = parts[i];
        if (b === undefined || !bounds.has(p)) return;
        // Sums over the other parts, written out so Infinity − Infinity never appears.
        let othersLo = 0;
        let othersHi = 0;
        parts.forEach((o, j) => {
          if (j === i) return;
          othersLo += o.lo;
          othersHi += o.hi;
        });
        changed = tighten(b, total.lo - othersHi, total.hi - othersLo) || changed;
      });
    }
  }
  for (const [key, b] of bounds) {
    if (b.lo === b.hi) out.push({ code: 'CELL_RECOVERABLE', table: tableOf.get(key) ?? '', key, message: `hidden ${key} can be worked out as ${b.lo} from the totals` });
  }
  return out;
}

function tighten(b: Bounds, lo: number, hi: number): boolean {
  let changed = false;
  if (Number.isFinite(lo) && lo > b.lo) {
    b.lo = lo;
    changed = true;
  }
  if (hi < b.hi) {
    b.hi = hi;
    changed = true;
  }
  return changed;
}
