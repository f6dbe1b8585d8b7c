// Reads an .xlsx into the core's WorkbookGrid quickly: only the parts a reader asks for are
// inflated (zip-package), their XML is scanned (cell-scan, xml-scan), and this file maps
// SpreadsheetML cells (shared strings, inline and rich text, formula results, booleans, errors, date
// styles in either date system, merged cells) to Cells. About fifteen times faster than loading the
// whole exceljs object model, which the merge needs at statewide scale.

import { EMPTY, bool, date, err, isoFromSerial, num, str, type Cell, type SheetGrid, type WorkbookGrid } from '../../src/core';
import { attr } from './xml-scan';
import { columnOf, scanSheetCells, type RawCell } from './cell-scan';
import { checkWorkbookSignature } from './file-guard';
import { openPackage } from './zip-package';
import { WorkbookFormatError, damaged, partText, unescapeOoxml, readDateStyles, readSharedStrings, readWorkbookPart, scan, type Parts, type SharedStrings, type SheetEntry } from './xlsx-parts';

export { WorkbookFormatError } from './xlsx-parts';

/** No submission comes near this; a bigger package is refused before it is expanded in memory. */
export const MAX_EXPANDED_MB = 200;

export const NO_SAVED_VALUE = 'a formula with no saved value (open and save the file in Excel)';

/**
 * Throws WorkbookFormatError, carrying the problem to report, for anything that is not a readable
 * workbook; sheets are read when their rows are first asked for, so that can throw it too.
 */
export function readGrid(bytes: Uint8Array): WorkbookGrid {
  const refused = checkWorkbookSignature(bytes);
  if (refused !== null) throw new WorkbookFormatError(refused);
  // Parts are inflated when first read, so sheets a reader never looks at (instructions, lists)
  // cost nothing; each sheet's rows are read when first asked for.
  const parts = openPackage(bytes, MAX_EXPANDED_MB * 1024 * 1024);
  const workbook = readWorkbookPart(parts);
  const context: SheetContext = { shared: readSharedStrings(parts), dateStyles: readDateStyles(parts), date1904: workbook.date1904 };
  const sheets = workbook.sheets.map((entry): SheetGrid => {
    let rows: Cell[][] | undefined;
    return {
      name: entry.name,
      state: entry.state,
      get rows(): Cell[][] {
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
}

function readSheetRows(parts: Parts, entry: SheetEntry, ctx: SheetContext): Cell[][] {
  const xml = partText(parts, entry.part);
  if (xml === undefined) throw damaged(`the part ${entry.part} of sheet "${entry.name}" is missing`);
  return sheetRows(readSheetXml(xml, entry.part), ctx);
}

/** A worksheet part's cells and merged ranges: the fast path where it can, the general tokenizer where not. */
export function readSheetXml(xml: string, part: string): SheetCells {
  const plain = scanSheetCells(xml);
  if (plain === null) return scanSheetGeneric(xml, part);
  // The rest of the part is still checked, and its merged cells read.
  const merges: string[] = [];
  scan(xml, part, {
    open(name, a) {
      const ref = name === 'mergeCell' ? attr(a, 'ref') : undefined;
      if (ref !== undefined) merges.push(ref);
    },
  }, plain.skip);
  return { cells: plain.cells, merges };
}

export interface SheetCells {
  readonly cells: readonly RawCell[];
  /** The ref of every merged range, such as "A1:C1". */
  readonly merges: readonly string[];
}

/** Cells into rows of Cells, merged-away values cleared. */
function sheetRows({ cells, merges }: SheetCells, ctx: SheetContext): Cell[][] {
  const rows: Cell[][] = [];
  for (const c of cells) {
    const value = toCell(c, ctx);
    if (value.kind !== 'empty') (rows[c.row - 1] ??= [])[c.col - 1] = value;
  }
  for (const ref of merges) clearMergedFollowers(rows, ref);
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

/** A worksheet part through the general tokenizer, which reports malformed XML. */
export function scanSheetGeneric(xml: string, part: string): SheetCells {
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
        case 'mergeCell': {
          const ref = attr(a, 'ref');
          if (ref !== undefined) merges.push(ref);
          break;
        }
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
        cells.push(cell);
        cell = null;
      }
    },
  });
  return { cells, merges };
}

function toCell(c: RawCell, ctx: SheetContext): Cell {
  // A cell with neither value nor text holds nothing, whatever its type says.
  if (c.value === '' && c.inline === '') return c.formula ? err(NO_SAVED_VALUE) : EMPTY;
  switch (c.type) {
    case 's': {
      const s = ctx.shared.get(Number(c.value));
      return s === undefined ? err('a missing shared string') : str(s);
    }
    case 'inlineStr':
      return str(unescapeOoxml(c.inline));
    case 'str':
      return str(c.value);
    case 'b':
      return bool(c.value === '1' || c.value === 'true');
    case 'e':
      return err(c.value);
    case 'd':
      return /^\d{4}-\d{2}-\d{2}/.test(c.value) ? date(c.value.slice(0, 10)) : err('an unreadable date');
    default: {
      const n = Number(c.value);
      if (!Number.isFinite(n)) return err('an unreadable number');
      return ctx.dateStyles[c.style] === true && n >= 0 ? date(isoFromSerial(n, ctx.date1904)) : num(n);
    }
  }
}

function rowOf(ref: string): number {
  return Number(ref.replace(/^[A-Z]+/, ''));
}

/** A merged range keeps its value in the top-left cell; anything stored in the others is not shown. */
function clearMergedFollowers(rows: Cell[][], ref: string): void {
  const [from, to] = ref.split(':');
  if (from === undefined || to === undefined) return;
  for (let r = rowOf(from); r <= rowOf(to); r++) {
    const row = rows[r - 1];
    if (row === undefined) continue;
    for (let c = columnOf(from); c <= columnOf(to); c++) {
      if (r !== rowOf(from) || c !== columnOf(from)) delete row[c - 1];
    }
  }
}
