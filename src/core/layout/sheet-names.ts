// Sheet names of the work-group workbook, in one place: the writer, the add-in and the reader
// must agree on them, and Excel limits a name to 31 characters.

import type { TableKind } from './layout-types';

export const START_SHEET = 'Start here';
export const CONCLUSIONS_SHEET = 'Conclusions';
export const PLAN_SHEET = 'Plan';
export const LISTS_SHEET = 'Lists';
export const META_SHEET = '_meta';
export const STATUS_UPDATE_SHEET = 'Status update';

const CAPACITY_SHEET_SUFFIX = { practice: 'Practice', leadership: 'Leadership', services: 'Services', needs: 'Needs' } as const;

export type CapacityTable = keyof typeof CAPACITY_SHEET_SUFFIX;

export function capacitySheetName(capacity: string, table: CapacityTable): string {
  return `${capacity} ${CAPACITY_SHEET_SUFFIX[table]}`;
}

export function sheetNameFor(table: TableKind, capacity: string | null): string {
  if (table === 'conclusions') return CONCLUSIONS_SHEET;
  if (table === 'plan') return PLAN_SHEET;
  if (table === 'statusUpdate') return STATUS_UPDATE_SHEET;
  // The engagement workbook's sheets are named in its own layout (src/core/engagement/).
  if (table === 'engagement') throw new Error('engagement sheets have no derived name');
  return capacitySheetName(capacity ?? '', table);
}
