// A status update made by the add-in inside a member's own assessment workbook: a "Status update"
// sheet, with its metadata under `statusUpdate.*` keys of the assessment's `_meta` (a `kind` key there
// would stop the workbook being read as an assessment). The same reading serves the pane and the merge.

import { cellText, str } from '../cell';
import { META_SHEET, STATUS_UPDATE_SHEET } from '../layout/sheet-names';
import type { SheetGrid, WorkbookGrid } from '../submission/grid';
import { STATUS_UPDATE_KIND, STATUS_UPDATE_SCHEMA_VERSION } from './monitoring-types';

/** Metadata keys the add-in adds to the assessment's metadata sheet for the status update. */
export const STATUS_META_KEYS = ['updateId', 'asOf', 'round', 'createdAt'] as const;
export const statusMetaKey = (key: (typeof STATUS_META_KEYS)[number] | 'submittedAt'): string => `statusUpdate.${key}`;

/**
 * The status update inside an assessment workbook, as the status-update workbook parseStatusUpdate
 * reads; null when the workbook holds none.
 */
export function embeddedStatusUpdate(grid: WorkbookGrid): WorkbookGrid | null {
  const metaSheet = grid.sheets.find((s) => s.name.toLowerCase() === META_SHEET.toLowerCase());
  const meta = new Map((metaSheet?.rows ?? []).map((r) => [cellText(r[0]).trim(), cellText(r[1]).trim()] as const));
  const sheet = grid.sheets.find((s) => s.name.toLowerCase() === STATUS_UPDATE_SHEET.toLowerCase());
  if (sheet === undefined || (meta.get(statusMetaKey('updateId')) ?? '') === '') return null;
  const get = (key: string): string => meta.get(key) ?? '';
  const rows: [string, string][] = [
    ['kind', STATUS_UPDATE_KIND],
    ['schemaVersion', STATUS_UPDATE_SCHEMA_VERSION],
    ['jurisdictionId', get('jurisdictionId')],
    ['workGroupId', get('workGroupId')],
    ['workGroupName', get('workGroupName')],
    ...STATUS_META_KEYS.map((k): [string, string] => [k, get(statusMetaKey(k))]),
    // The assessment's own submittedAt says nothing about this round.
    ['submittedAt', get(statusMetaKey('submittedAt'))],
  ];
  const rebuilt: SheetGrid = { name: META_SHEET, state: 'veryHidden', rows: rows.map(([k, v]) => [str(k), str(v)]) };
  return { date1904: grid.date1904, sheets: [sheet, rebuilt] };
}
