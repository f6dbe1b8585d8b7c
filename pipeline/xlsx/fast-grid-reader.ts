// Reads an .xlsx into the core's WorkbookGrid quickly: only the parts a reader asks for are
// inflated (zip-package), their XML is scanned (cell-scan, xml-scan), and this file maps
// SpreadsheetML cells (shared strings, inline and rich text, formula results, booleans, errors, date
// styles in either date system, merged cells) to Cells. About fifteen times faster than loading the
// whole exceljs object model, which the merge needs at statewide scale.
//
// Nothing a crafted file holds is allocated for beyond Excel's own limits or the budgets below:
// past them the file is refused (or a text cut, and the cut reported), in time linear in its size.

import { EMPTY, a1, bool, date, err, isoFromSerial, num, str, type Cell, type SheetGrid, type WorkbookGrid } from '../../src/core';
import { attr } from './xml-scan';
import { columnOf, scanSheetCells, type RawCell } from './cell-scan';
import { checkWorkbookSignature } from './file-guard';
import { openPackage } from './zip-package';
import { EXCEL_LIMITS, MAX_EXPANDED_MB, freshBudget, overLimit, type ReadBudget } from './read-limits';
import {
  WorkbookFormatError,
  cutToCellLimit,
  damaged,
  keeperFor,
  partText,
  unescapeOoxml,
  readDateStyles,
  readSharedStrings,
  readWorkbookPart,
  scan,
  type Parts,
  type SharedStrings,
  type SheetEntry,
} from './xlsx-parts';

export { WorkbookFormatError } from './xlsx-parts';

export const NO_SAVED_VALUE = 'a formula with no saved value (open and save the file in Excel)';

/** A cell whose text was longer than Excel allows, read cut to the limit. */
export interface CutCell {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  /** Characters it held before the cut. */
  readonly length: number;
}

export interface ReadOptions {
  /** See ExpansionLimits.deferAbove. */
  readonly deferAbove?: number;
  /** Called for each cell cut to Excel's limit, as its sheet is read. */
  readonly onCut?: (cut: CutCell) => void;
  /** Rows the reader has no use for: given the sheet's name and the row's first cell, true leaves the rest of the row unread. */
  readonly skipRow?: (sheet: string, first: Cell) => boolean;
}

/**
 * Throws WorkbookFormatError, carrying the problem to report, for anything that is not a readable
 * workbook; sheets are read when their rows are first asked for, so that can throw it too.
 */
export function readGrid(bytes: Uint8Array, options: ReadOptions = {}): WorkbookGrid {
  const refused = checkWorkbookSignature(bytes);
  if (refused !== null) throw new WorkbookFormatError(refused);
  // Parts are inflated when first read, so sheets a reader never looks at (instructions, lists)
  // cost nothing; each sheet's rows are read when first asked for.
  const parts = openPackage(bytes, {
    maxBytes: MAX_EXPANDED_MB * 1024 * 1024,
    ...(options.deferAbove === undefined ? {} : { deferAbove: options.deferAbove }),
  });
  const workbook = readWorkbookPart(parts);
  const context: SheetContext = {
    shared: readSharedStrings(parts),
    dateStyles: readDateStyles(parts),
    date1904: workbook.date1904,
    budget: freshBudget(),
    onCut: options.onCut ?? (() => undefined),
    skipRow: options.skipRow ?? (() => false),
  };
  const sheets = workbook.sheets.map((entry): SheetGrid => {
    let rows: readonly (readonly Cell[])[] | undefined;
    return {
      name: entry.name,
      state: entry.state,
      get rows(): readonly (readonly Cell[])[] {
        rows ??= readSheetRows(parts, entry, context);
        return rows;
      },
    };
  });
  return { sheets, date1904: workbook.date1904 };
}

interface SheetContext {
  readonly shared: SharedStrings;
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  readonly budget: ReadBudget;
  readonly onCut: (cut: CutCell) => void;
  readonly skipRow: (sheet: string, first: Cell) => boolean;
}

function readSheetRows(parts: Parts, entry: SheetEntry, ctx: SheetContext): readonly (readonly Cell[])[] {
  const xml = partText(parts, entry.part);
  if (xml === undefined) throw damaged(`the part ${entry.part} of sheet "${entry.name}" is missing`);
  return sheetRows(readSheetXml(xml, entry.part, ctx.budget), { name: entry.name, keep: keeperFor(xml.length) }, ctx);
}

/** The sheet being read: its name, and how its texts are kept (see keeperFor). */
interface SheetRead {
  readonly name: string;
  readonly keep: (text: string) => string;
}

/** A worksheet part's cells and merged ranges: the fast path where it can, the general tokenizer where not. */
export function readSheetXml(xml: string, part: string, budget: ReadBudget = freshBudget()): SheetCells {
  const plain = scanSheetCells(xml, budget);
  if (plain === null) return scanSheetGeneric(xml, part, budget);
  // The rest of the part is still checked, and its merged cells read.
  const merges: string[] = [];
  scan(xml, part, {
    open(name, a) {
      if (name === 'mergeCell') addMerge(merges, attr(a, 'ref'), budget);
    },
  }, plain.skip);
  return { cells: plain.cells, merges };
}

export interface SheetCells {
  readonly cells: readonly RawCell[];
  /** The ref of every merged range, such as "A1:C1". */
  readonly merges: readonly string[];
}

function addMerge(merges: string[], ref: string | undefined, budget: { merges: number }): void {
  if (ref === undefined) return;
  if (--budget.merges < 0) throw overLimit('mergedRanges');
  // A ref is a few characters; a longer one is no range, and is not kept.
  if (ref.length <= 32) merges.push(ref);
}

/** Shared by rows without cells: nothing may change a grid's rows. */
const NO_CELLS: readonly Cell[] = Object.freeze([]);

/** Cells into rows of Cells, merged-away values cleared. */
function sheetRows({ cells, merges }: SheetCells, sheet: SheetRead, ctx: SheetContext): readonly (readonly Cell[])[] {
  const rows: Cell[][] = [];
  let skipped = 0;
  for (const c of cells) {
    if (!(c.row >= 1 && c.row <= EXCEL_LIMITS.rows && Number.isInteger(c.row))) throw beyondLimits(sheet.name, `row ${c.row}`, `Excel's last row is ${EXCEL_LIMITS.rows.toLocaleString('en-US')}`);
    if (!(c.col >= 1 && c.col <= EXCEL_LIMITS.columns)) throw beyondLimits(sheet.name, `a cell in row ${c.row} with no column or a column past XFD`, `Excel's last column is XFD (${EXCEL_LIMITS.columns.toLocaleString('en-US')})`);
    if (c.row === skipped) continue;
    const value = toCell(c, ctx, sheet);
    if (c.col === 1 && ctx.skipRow(sheet.name, value)) skipped = c.row;
    if (value.kind !== 'empty') (rows[c.row - 1] ??= [])[c.col - 1] = value;
  }
  let visits = ctx.budget.visits;
  for (const ref of merges) visits = clearMergedFollowers(rows, ref, visits);
  ctx.budget.visits = visits;
  for (let i = 0; i < rows.length; i++) rows[i] ??= NO_CELLS as Cell[];
  return rows;
}

function beyondLimits(sheet: string, what: string, limit: string): WorkbookFormatError {
  return damaged(`sheet "${sheet}" has ${what}, beyond what Excel can hold (${limit})`);
}

/** A worksheet part through the general tokenizer, which reports malformed XML. */
export function scanSheetGeneric(xml: string, part: string, budget: ReadBudget = freshBudget()): SheetCells {
  const cells: RawCell[] = [];
  const merges: string[] = [];
  let rowNo = 0;
  let colNo = 0;
  let cell: { -readonly [K in keyof RawCell]: RawCell[K] } | null = null;
  let textTarget: 'v' | 't' | null = null;
  let inRph = 0;
  scan(xml, part, {
    open(name, a) {
      switch (name) {
        case 'row': {
          const r = attr(a, 'r');
          rowNo = r !== undefined ? Number(r) : rowNo + 1;
          colNo = 0;
          break;
        }
        case 'c': {
          const ref = attr(a, 'r');
          colNo = ref !== undefined ? columnOf(ref) : colNo + 1;
          cell = { row: rowNo, col: colNo, type: attr(a, 't') ?? 'n', style: Number(attr(a, 's') ?? 0), value: '', formula: false, inline: '' };
          break;
        }
        case 'v':
          textTarget = 'v';
          break;
        case 'f':
          if (cell !== null) cell.formula = true;
          break;
        case 'rPh':
          inRph += 1;
          break;
        case 't':
          if (cell !== null && inRph === 0) textTarget = 't';
          break;
        case 'mergeCell':
          addMerge(merges, attr(a, 'ref'), budget);
          break;
      }
    },
    text(t) {
      if (cell === null || textTarget === null) return;
      if (textTarget === 'v') cell.value += t;
      else cell.inline += t;
    },
    close(name) {
      if (name === 'v' || name === 't') textTarget = null;
      else if (name === 'rPh') inRph -= 1;
      else if (name === 'c' && cell !== null) {
        // As the fast path, only cells with content are kept: a sheet may hold millions of styled blanks.
        if (cell.value !== '' || cell.inline !== '' || cell.formula) {
          if (cells.length >= budget.cells) throw overLimit('cells');
          cells.push(cell);
        }
        cell = null;
      }
    },
  });
  budget.cells -= cells.length;
  return { cells, merges };
}

function toCell(c: RawCell, ctx: SheetContext, sheet: SheetRead): Cell {
  // A cell with neither value nor text holds nothing, whatever its type says.
  if (c.value === '' && c.inline === '') return c.formula ? err(NO_SAVED_VALUE) : EMPTY;
  switch (c.type) {
    case 's': {
      const index = Number(c.value);
      const s = ctx.shared.get(index);
      if (s === undefined) return err('a missing shared string');
      const length = ctx.shared.cut.size === 0 ? undefined : ctx.shared.cut.get(index);
      if (length !== undefined) ctx.onCut({ sheet: sheet.name, cell: a1(c.row, c.col), length });
      if ((ctx.budget.textChars -= s.length) < 0) throw overLimit('textChars');
      return str(s);
    }
    case 'inlineStr':
      return str(ownText(unescapeOoxml(c.inline), c, ctx, sheet));
    case 'str':
      return str(ownText(c.value, c, ctx, sheet));
    case 'b':
      return bool(c.value === '1' || c.value === 'true');
    case 'e':
      return err(ownText(c.value, c, ctx, sheet));
    case 'd':
      return /^\d{4}-\d{2}-\d{2}/.test(c.value) ? date(c.value.slice(0, 10)) : err('an unreadable date');
    default: {
      const n = Number(c.value);
      if (!Number.isFinite(n)) return err('an unreadable number');
      // Excel shows a serial past 9999-12-31 as ####: it stays the number it is.
      return ctx.dateStyles[c.style] === true && n >= 0 && n < LAST_SERIAL ? date(isoFromSerial(n, ctx.date1904)) : num(n);
    }
  }
}

/** The serial after 9999-12-31, Excel's last date. */
const LAST_SERIAL = 2_958_466;

/** A cell's own text, cut to Excel's limit (and the cut reported), kept as keeperFor says. */
function ownText(text: string, c: RawCell, ctx: SheetContext, sheet: SheetRead): string {
  if ((ctx.budget.textChars -= Math.min(text.length, EXCEL_LIMITS.cellText)) < 0) throw overLimit('textChars');
  if (text.length <= EXCEL_LIMITS.cellText) return sheet.keep(text);
  ctx.onCut({ sheet: sheet.name, cell: a1(c.row, c.col), length: text.length });
  return cutToCellLimit(text);
}

/** The row of a cell reference ("AB12" → 12), or NaN. */
function rowOf(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) >= 65 && ref.charCodeAt(i) <= 90) i++;
  return i === ref.length ? Number.NaN : Number(ref.slice(i));
}

/**
 * A merged range keeps its value in the top-left cell; anything stored in the others is not shown.
 * Only the rows and cells that exist are visited, and no more than `visits` in all: ranges that
 * overlap past that are refused. Returns the visits left.
 */
function clearMergedFollowers(rows: Cell[][], ref: string, visits: number): number {
  const [from, to] = ref.split(':');
  if (from === undefined || to === undefined) return visits;
  const top = rowOf(from);
  const left = columnOf(from);
  // Clamped to the cells that exist: a range may reach Excel's last row, or (in a crafted file) far past it.
  const bottom = Math.min(rowOf(to), rows.length);
  const right = columnOf(to);
  if (!(top >= 1 && left >= 1 && bottom >= top && right >= left)) return visits;
  let remaining = visits;
  for (let r = top; r <= bottom; r++) {
    const row = rows[r - 1];
    const last = row === undefined ? left - 1 : Math.min(right, row.length);
    remaining -= 1 + Math.max(0, last - left + 1);
    if (remaining < 0) throw overLimit('mergeVisits');
    if (row === undefined) continue;
    for (let c = left; c <= last; c++) {
      if (r !== top || c !== left) delete row[c - 1];
    }
  }
  return remaining;
}
