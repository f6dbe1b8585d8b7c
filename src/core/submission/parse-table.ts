// Reads one declared table from a sheet: finds the header row and each column by its header (not
// its position), then turns every non-blank row below into a typed record, with an Issue per bad cell.

import { cellText, isBlank } from '../cell';
import type { Issue } from '../issue';
import type { ColumnDef, ListDef, ListName, RowOf, TableSheet } from '../layout/layout-types';
import { a1, type SheetGrid } from './grid';
import { normalise } from './match-text';
import { parseValue, type Value } from './parse-value';

export interface ParseContext {
  readonly file: string;
  readonly lists: ReadonlyMap<ListName, ListDef>;
  readonly date1904: boolean;
  readonly issues: Issue[];
}

/** How far down we look for the header row: people add a few lines of notes above tables. */
const HEADER_SEARCH_ROWS = 40;

export function parseTable<Cols extends readonly ColumnDef[]>(
  table: TableSheet & { readonly columns: Cols },
  sheet: SheetGrid,
  ctx: ParseContext,
): RowOf<Cols>[] {
  const header = locateHeader(table, sheet, ctx);
  if (header === null) return [];
  // Each declared column's sheet column (1-based), or undefined when its header is missing.
  const positions = table.columns.map((col) => header.columns.get(col.key));
  const content = positions.filter((c, i): c is number => c !== undefined && table.columns[i]?.input !== 'never');
  const records: RowOf<Cols>[] = [];
  for (let r = header.row + 1; r <= sheet.rows.length; r++) {
    const cells = sheet.rows[r - 1] ?? [];
    if (content.every((c) => isBlank(cells[c - 1]))) continue;
    const record: Record<string, Value | Readonly<Record<string, string>>> = { row: r };
    let invalid: Record<string, string> | undefined;
    table.columns.forEach((col, i) => {
      const c = positions[i];
      const result = parseValue(c === undefined ? undefined : cells[c - 1], col.type, ctx);
      // Built only for a problem: most cells have none, and a1() costs a string each.
      const where = (): Pick<Issue, 'file' | 'sheet' | 'cell'> => ({ file: ctx.file, sheet: sheet.name, cell: a1(r, c ?? 1) });
      if (!result.ok) {
        ctx.issues.push({ code: result.code, severity: 'error', message: `${col.header}: ${result.message}`, advice: result.advice, ...where() });
        // Nothing typed is lost: a value outside a list is kept as typed (a status "done" stays "done",
        // never becomes the default), and every refused value is kept in `invalid` for the plan to show.
        record[col.key] = col.type.kind === 'text' ? '' : col.type.kind === 'choice' && result.typed !== '' ? result.typed : null;
        (invalid ??= {})[col.key] = result.typed;
        return;
      }
      record[col.key] = result.value;
      if (col.required === true && c !== undefined && (result.value === null || result.value === '')) {
        ctx.issues.push({
          code: 'REQUIRED_MISSING',
          severity: 'error',
          message: `${col.header} is required on a filled row, got nothing`,
          advice: `Fill in ${col.header}, or clear the whole row if it is not needed`,
          ...where(),
        });
      }
    });
    if (invalid !== undefined) record['invalid'] = invalid;
    // The record's shape is exactly the declared columns plus `row` (and `invalid`): this is the one typed boundary.
    records.push(record as unknown as RowOf<Cols>);
  }
  return records;
}

interface HeaderMatch {
  readonly row: number;
  /** Column key to 1-based sheet column. */
  readonly columns: ReadonlyMap<string, number>;
}

function locateHeader(table: TableSheet, sheet: SheetGrid, ctx: ParseContext): HeaderMatch | null {
  const wanted = new Map(table.columns.map((c) => [normalise(c.header), c.key] as const));
  let best: HeaderMatch | null = null;
  const last = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 1; r <= last; r++) {
    const columns = new Map<string, number>();
    (sheet.rows[r - 1] ?? []).forEach((cell, i) => {
      const key = wanted.get(normalise(cellText(cell)));
      // The first of two identical headers wins, as people read left to right.
      if (key !== undefined && !columns.has(key)) columns.set(key, i + 1);
    });
    if (best === null || columns.size > best.columns.size) best = { row: r, columns };
    if (columns.size === table.columns.length) break; // every header found: no need to look further
  }
  const needed = Math.max(2, Math.ceil(table.columns.length / 2));
  if (best === null || best.columns.size < needed) {
    ctx.issues.push({
      code: 'HEADER_NOT_FOUND',
      severity: 'error',
      message: `No header row found: expected the headers ${table.columns.map((c) => `"${c.header}"`).join(', ')} in one row`,
      advice: 'Restore the header row from a fresh template, or copy your rows into a fresh template',
      file: ctx.file,
      sheet: sheet.name,
    });
    return null;
  }
  for (const col of table.columns) {
    if (best.columns.has(col.key)) continue;
    const required = col.required === true;
    ctx.issues.push({
      code: 'COLUMN_MISSING',
      severity: required ? 'error' : 'warning',
      message: `Column "${col.header}" is missing from the header row`,
      advice: required ? `Put the header "${col.header}" back above its column` : `Values for "${col.header}" are not read until its header is put back`,
      file: ctx.file,
      sheet: sheet.name,
      row: best.row,
    });
  }
  return best;
}

/**
 * The row with every refused cell blank (null), as code that computes with coded values needs: a
 * level "7" or a strength "shaky" kept as typed would otherwise pass for a real one. What was typed
 * stays in `invalid`, and its problem is reported.
 */
export function withoutInvalid<R extends { readonly invalid?: Readonly<Record<string, string>> }>(row: R): R {
  if (row.invalid === undefined) return row;
  const blanked: Record<string, unknown> = { ...row };
  for (const key of Object.keys(row.invalid)) if (typeof blanked[key] !== 'string' || blanked[key] !== '') blanked[key] = null;
  return blanked as R;
}
