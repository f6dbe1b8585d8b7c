// One cell of a table, read by its column's declared type. Returns the typed value or a problem
// in the house grammar (what, the rule, what we got); the caller adds where.

import { cellText, isBlank, type Cell } from '../cell';
import { isIsoDate, isoFromSerial, parseDateText } from '../dates';
import type { ColumnType, ListDef, ListName, Rating } from '../layout/layout-types';
import { matchListItem } from './match-text';

export type Value = string | number | Rating | null;

export type ValueResult =
  | { readonly ok: true; readonly value: Value }
  | { readonly ok: false; readonly code: string; readonly message: string; readonly advice: string; readonly typed: string };

export interface ValueContext {
  readonly lists: ReadonlyMap<ListName, ListDef>;
  readonly date1904: boolean;
}

/** The largest serial Excel accepts (9999-12-31) and the smallest we take as a date (1900-01-01). */
const MAX_SERIAL = 2958465;

export function parseValue(cell: Cell | undefined, type: ColumnType, ctx: ValueContext): ValueResult {
  if (cell !== undefined && cell.kind === 'error') {
    return fail('CELL_ERROR', `Cannot read the cell: ${cell.value}`, 'Fix or clear the formula in this cell', cell);
  }
  if (isBlank(cell)) return { ok: true, value: type.kind === 'text' ? '' : null };
  const c = cell as Cell;
  switch (type.kind) {
    case 'text':
      return { ok: true, value: cellText(c).trim() };
    case 'integer':
      return parseInteger(c, type.min, type.max);
    case 'date':
      return parseDate(c, ctx.date1904);
    case 'rating':
      return parseChoice(c, requireList(ctx, 'rating'), false, true);
    case 'choice':
      return parseChoice(c, requireList(ctx, type.list), type.allowOther === true, false);
  }
}

/**
 * A number stored as text: plain digits, or thousands grouped by one separator (`1,200`, `12 000`).
 * `1,5` is not a grouping — in much of the world it is one and a half — so it is refused, never read as 15.
 */
const NUMBER_TEXT = /^[+-]?(\d+|\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+)(\.\d+)?$/;

function parseInteger(c: Cell, min: number, max: number): ValueResult {
  let n: number | null = null;
  if (c.kind === 'number') n = c.value;
  else if (c.kind === 'string') {
    const t = c.value.trim().replace(/[\u00a0\u202f]/g, ' ');
    if (NUMBER_TEXT.test(t)) n = Number(t.replace(/[, ]/g, ''));
  }
  if (n === null || !Number.isInteger(n) || n < min || n > max) {
    const comma = c.kind === 'string' && /\d,\d/.test(c.value) ? ' (a comma only separates thousands, as in 1,200)' : '';
    return fail('NUMBER_INVALID', `Must be a whole number from ${min} to ${max}${comma}, got "${cellText(c)}"`, 'Type a whole number, without words or units', c);
  }
  return { ok: true, value: n };
}

function parseDate(c: Cell, date1904: boolean): ValueResult {
  // A date cell is checked too: a package can hold an ISO date cell (t="d") of any text.
  if (c.kind === 'date' && isIsoDate(c.value)) return { ok: true, value: c.value };
  if (c.kind === 'number' && c.value >= 1 && c.value <= MAX_SERIAL) return { ok: true, value: isoFromSerial(c.value, date1904) };
  if (c.kind === 'string') {
    const iso = parseDateText(c.value);
    if (iso !== null) return { ok: true, value: iso };
  }
  return fail('DATE_INVALID', `Must be a date from 1900-01-01 to 9999-12-31, got "${cellText(c)}"`, 'Type the date as 2027-03-31 or 3/31/2027', c);
}

function parseChoice(c: Cell, list: ListDef, allowOther: boolean, isRating: boolean): ValueResult {
  const typed = cellText(c).trim();
  const item = matchListItem(list, typed);
  if (item !== undefined) return { ok: true, value: isRating ? ratingOf(item.code) : item.code };
  if (allowOther) return { ok: true, value: typed };
  const allowed = list.items.map((i) => i.display);
  const shown = allowed.length > 8 ? `${allowed.slice(0, 8).join(', ')}…` : allowed.join(', ');
  return isRating
    ? fail('RATING_INVALID', `Must be 1-4 or ${allowed[allowed.length - 1] ?? "Don't know"}, got "${typed}"`, 'Choose a rating from the dropdown, or type just its number', c)
    : fail('CHOICE_INVALID', `Must be one of ${shown}, got "${typed}"`, 'Choose a value from the dropdown', c);
}

function ratingOf(code: string): Rating {
  return code === 'DK' ? 'DK' : Number(code);
}

function requireList(ctx: ValueContext, name: ListName): ListDef {
  const list = ctx.lists.get(name);
  // The layout always declares every list it uses; a missing one is a bug in the layout.
  if (list === undefined) throw new Error(`layout declares no list "${name}"`);
  return list;
}

/** What was typed travels with the problem, so the plan can show it rather than lose it. */
function fail(code: string, message: string, advice: string, c: Cell | undefined): ValueResult {
  return { ok: false, code, message, advice, typed: cellText(c).trim() };
}
