// The Evidence sheet: every rated item a group wrote anything on — its rating, the evidence the
// rating rests on and the group's comment — one row each, attributed. The reports condense; this keeps.

import type ExcelJS from 'exceljs';
import { ASSESSMENTS, type ConsolidatedPlan, type Jurisdiction, type RatedItemRow } from '../../src/core';
import { addTitledTable, type Column, type Value } from './sheet-kit';
import type { RowWriter } from './direct-rows';

export const EVIDENCE_SHEET = 'Evidence';

const COLUMNS: readonly Column[] = [
  { header: 'Group', width: 7 }, { header: 'Capacity', width: 9 }, { header: 'Assessment', width: 11 }, { header: 'Item id', width: 7 },
  { header: 'Item', width: 24, kind: 'long' }, { header: 'Rating', width: 11 }, { header: 'Evidence', width: 40, kind: 'long' }, { header: 'Comment', width: 24, kind: 'long' }, { header: 'Row', width: 5, kind: 'number' },
];
// 138 characters wide: one landscape page at 75% (8 pt and more), so an item, its rating, evidence and
// comment print side by side. No sheet column: the capacity and assessment name it ("S1 Practice").

/** The rating as the group gave it: a number, the scale's "Don't know", or what was typed when it is no rating. */
export function ratingText(row: Pick<RatedItemRow, 'rating' | 'invalid'>, dontKnow: string): Value {
  if (row.rating === 'DK') return dontKnow;
  return row.rating ?? row.invalid?.['rating'] ?? '';
}

/** A listed item nobody rated or wrote on stays off the sheet; an item a group added is always on it. */
const written = (r: RatedItemRow): boolean => r.rating !== null || r.evidence !== '' || r.comment !== '' || r.invalid !== undefined || r.itemId === '';

export function writeEvidenceSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, j: Jurisdiction, direct: RowWriter): void {
  const dontKnow = j.settings.ratingScale.dontKnow;
  const rows: Value[][] = [];
  for (const s of plan.entries) {
    for (const c of s.capacities) {
      for (const a of ['practice', 'leadership'] as const) {
        const short = ASSESSMENTS.find((x) => x.id === a)?.short ?? a;
        for (const r of c[a]) if (written(r)) rows.push([s.meta.workGroupId, c.capacity, short, r.itemId, r.item, ratingText(r, dontKnow), r.evidence, r.comment, r.row]);
      }
    }
  }
  addTitledTable(ws, 'Evidence behind the ratings', `${rows.length} practice and leadership items the groups rated or wrote on, with the evidence and comments as written; Row is the item's row on the group's sheet for that capacity and assessment. Filter by capacity or group.`, COLUMNS, rows, { filter: true, direct });
}
