// The Evidence sheet: every rated item a group wrote anything on — its rating, the evidence the
// rating rests on and the group's comment — one row each, attributed. The reports condense; this keeps.

import type ExcelJS from 'exceljs';
import { ASSESSMENTS, type ConsolidatedPlan, type ItemEntry, type Jurisdiction } from '../../src/core';
import { TABLE_HEADER_ROW, addTable, addTitle, type Column, type Value } from './sheet-kit';
import type { RowWriter } from './direct-rows';

export const EVIDENCE_SHEET = 'Evidence';

const COLUMNS: readonly Column[] = [
  { header: 'Group', width: 10 }, { header: 'Capacity', width: 10 }, { header: 'Assessment', width: 12 }, { header: 'Item id', width: 8 },
  { header: 'Item', width: 34, kind: 'long' }, { header: 'Rating', width: 12 }, { header: 'Evidence', width: 50, kind: 'long' }, { header: 'Comment', width: 40, kind: 'long' }, { header: 'From', width: 22 },
];

/** The rating as the group gave it: a number, the scale's "Don't know", or what was typed when it is no rating. */
export function ratingText(e: Pick<ItemEntry, 'rating' | 'invalid'>, dontKnow: string): Value {
  if (e.rating === 'DK') return dontKnow;
  return e.rating ?? e.invalid?.['rating'] ?? '';
}

export function writeEvidenceSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, j: Jurisdiction, direct: RowWriter): void {
  const items = plan.entries.items;
  addTitle(ws, 'Evidence behind the ratings', `${items.length} practice and leadership items the groups rated or wrote on, with the evidence and comments as written. Filter by capacity or group.`);
  const short = (id: string): string => ASSESSMENTS.find((a) => a.id === id)?.short ?? id;
  const rows = items.map((e): Value[] => [e.groupId, e.capacity, short(e.assessment), e.itemId, e.item, ratingText(e, j.settings.ratingScale.dontKnow), e.evidence, e.comment, `${e.sheet} row ${e.row}`]);
  addTable(ws, TABLE_HEADER_ROW, COLUMNS, rows, { filter: true, direct });
}
