// Proves a suppressed Snapshot safe before anything is written: no small count shown, no derived number
// shown over a hidden count, no key shown in one place and hidden in another, and every hidden count's
// range of values consistent with all published numbers (the linked system) proven to span 3 or more.

import type { LinkedSystem } from './linked-system';
import { unprotectedCells } from './linked-suppression';
import type { DraftTable } from './snapshot-model';

export type ViolationCode = 'SMALL_COUNT_SHOWN' | 'DERIVED_SHOWN' | 'KEY_INCONSISTENT' | 'CELL_NARROW';

export interface Violation {
  readonly code: ViolationCode;
  readonly table: string;
  readonly key: string;
  readonly message: string;
}

/**
 * Checks published tables whose cells carry true values and `hidden` flags against the linked system and
 * its hidden counts (`hidden` covers earlier periods too, which other releases show).
 */
export function checkSuppression(tables: readonly DraftTable[], threshold: number, system: LinkedSystem, hidden: ReadonlySet<string>): Violation[] {
  const out: Violation[] = [];
  const shown = new Map<string, number>();
  const hiddenKeys = new Set<string>();
  const tableOf = new Map<string, string>();
  for (const t of tables) {
    for (const row of t.rows) {
      for (const c of row.cells) {
        if (c.key === undefined) continue;
        tableOf.set(c.key, t.id);
        const v = typeof c.value === 'number' ? c.value : NaN;
        if (c.hidden === true) hiddenKeys.add(c.key);
        else shown.set(c.key, v);
        if (c.hidden !== true && c.kind === 'count' && v >= 1 && v <= threshold) {
          out.push({ code: 'SMALL_COUNT_SHOWN', table: t.id, key: c.key, message: `${t.id}: ${row.label} shows ${v}, a count from 1 to ${threshold}` });
        }
      }
    }
  }
  for (const key of hiddenKeys) {
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
  for (const key of hiddenKeys) {
    if (system.cells.has(key) && !hidden.has(key)) out.push({ code: 'KEY_INCONSISTENT', table: tableOf.get(key) ?? '', key, message: `${key} is hidden in a table but not in the linked system` });
  }
  for (const key of unprotectedCells(system, hidden)) {
    out.push({ code: 'CELL_NARROW', table: tableOf.get(key) ?? 'an earlier period', key, message: `hidden ${key}: no proof that the published figures leave it 3 or more possible values` });
  }
  return out;
}
