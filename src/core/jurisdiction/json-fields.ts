// Small typed readers over parsed JSON that record an Issue with the JSON path for anything wrong,
// instead of throwing, so one run lists every mistake in a configuration file.

import type { Issue } from '../issue';
import { isIsoDate } from '../dates';

export interface JsonContext {
  readonly file: string;
  readonly issues: Issue[];
}

export type JsonObject = Readonly<Record<string, unknown>>;

export function report(ctx: JsonContext, path: string, message: string, advice?: string): void {
  ctx.issues.push({
    code: 'CONFIG_INVALID',
    severity: 'error',
    message,
    file: ctx.file,
    path,
    ...(advice === undefined ? {} : { advice }),
  });
}

/**
 * Longest text a field may hold: far past any real name, label or note, well inside what a cell
 * holds, and short enough for every place it is shown (titles, footers, lists, file names).
 */
export const MAX_TEXT = 1000;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** A value echoed in a message, clipped: a field can hold a megabyte. */
export function quoted(value: string): string {
  return value.length <= 60 ? `"${value}"` : `"${value.slice(0, 50)}…" (${value.length.toLocaleString('en-US')} characters)`;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectAt(ctx: JsonContext, value: unknown, path: string): JsonObject | undefined {
  if (isObject(value)) return value;
  report(ctx, path, `Must be an object ({ … }), got ${describe(value)}`);
  return undefined;
}

export function arrayAt(ctx: JsonContext, value: unknown, path: string): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  report(ctx, path, `Must be a list ([ … ]), got ${describe(value)}`);
  return undefined;
}

/** Warns about keys we do not know: a misspelt optional key would otherwise be silently ignored. */
export function checkKeys(ctx: JsonContext, obj: JsonObject, path: string, known: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    if (key.startsWith('$') || known.includes(key)) continue;
    ctx.issues.push({
      code: 'CONFIG_UNKNOWN_FIELD',
      severity: 'warning',
      message: `Unknown field "${key}" is ignored`,
      advice: `Known fields here: ${known.join(', ')}`,
      file: ctx.file,
      path: join(path, key),
    });
  }
}

export function join(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
}

export function stringField(ctx: JsonContext, obj: JsonObject, key: string, path: string, optional = false): string {
  const value = obj[key];
  if (value === undefined && optional) return '';
  if (typeof value === 'string' && (optional || value.trim() !== '')) return checkedText(ctx, value.trim(), join(path, key));
  report(ctx, join(path, key), value === undefined ? 'Required text is missing' : `Must be non-empty text, got ${describe(value)}`);
  return '';
}

/** Text with no control characters (they cannot stand in a workbook's XML) and at most MAX_TEXT long. */
function checkedText(ctx: JsonContext, text: string, path: string): string {
  if (text.length > MAX_TEXT) report(ctx, path, `Must be at most ${MAX_TEXT.toLocaleString('en-US')} characters, got ${text.length.toLocaleString('en-US')}`, 'Shorten it');
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  else if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(text)) report(ctx, path, `Must not hold control characters, got ${describe(text)}`, 'Retype it without them');
  return text;
}

export function dateField(ctx: JsonContext, obj: JsonObject, key: string, path: string): string {
  const value = obj[key];
  if (typeof value === 'string' && isIsoDate(value)) return value;
  report(
    ctx,
    join(path, key),
    value === undefined ? 'Required date is missing' : `Must be a date written yyyy-mm-dd, got ${describe(value)}`,
  );
  return '';
}

export function intField(ctx: JsonContext, obj: JsonObject, key: string, path: string, min: number, max: number): number | undefined {
  const value = obj[key];
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  report(ctx, join(path, key), `Must be a whole number from ${min} to ${max}, got ${describe(value)}`);
  return undefined;
}

export function stringList(ctx: JsonContext, obj: JsonObject, key: string, path: string, optional = false): string[] {
  const value = obj[key];
  if (value === undefined && optional) return [];
  const list = arrayAt(ctx, value, join(path, key));
  if (list === undefined) return [];
  const out: string[] = [];
  list.forEach((item, i) => {
    if (typeof item === 'string' && item.trim() !== '') out.push(checkedText(ctx, item.trim(), join(join(path, key), i)));
    else report(ctx, join(join(path, key), i), `Must be non-empty text, got ${describe(item)}`);
  });
  return out;
}

/** Reports texts listed twice (ignoring case): a list of ids or choices means each once. */
export function checkNoRepeats(ctx: JsonContext, items: readonly string[], path: string, what: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.toLowerCase());
    if (first !== undefined) report(ctx, join(path, i), `${what} ${quoted(item)} is listed twice (also at ${path}[${first}])`, 'List each once');
    else seen.set(item.toLowerCase(), i);
  });
}

/** Reports ids that appear twice in a list; ids are how everything else refers to an entry. */
export function checkUniqueIds(ctx: JsonContext, ids: readonly string[], path: string, what: string): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id.toLowerCase());
    if (first !== undefined) report(ctx, join(join(path, i), 'id'), `Duplicate ${what} id ${quoted(id)} (also at ${path}[${first}])`, 'Give every entry its own id');
    else seen.set(id.toLowerCase(), i);
  });
}
