// Reads an .xlsx into the core's WorkbookGrid quickly: fflate unzips only the XML parts, saxes
// streams them, and this file maps SpreadsheetML cells (shared strings, inline and rich text,
// formula results, booleans, errors, date styles in either date system, merged cells) to Cells.
// About six times faster than loading the whole exceljs object model, which the merge needs.

import { unzipSync } from 'fflate';
import { EMPTY, bool, date, err, isoFromSerial, num, str, type Cell, type SheetGrid, type WorkbookGrid } from '../../src/core';
import { attr } from './xml-scan';
import { PACKAGE_PROBLEMS, checkWorkbookSignature } from './file-guard';
import { WorkbookFormatError, damaged, partText, unescapeOoxml, readDateStyles, readSharedStrings, readWorkbookPart, scan, type Parts, type SheetEntry } from './xlsx-parts';

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
  // First the small parts every sheet needs; each sheet's own XML is expanded only when its rows are
  // first asked for, so sheets a reader never looks at (instructions, lists) cost nothing.
  const parts = unzipParts(bytes, (name) => !name.startsWith('xl/worksheets/') && (name.endsWith('.xml') || name.endsWith('.rels')));
  const workbook = readWorkbookPart(parts);
  const context: SheetContext = { shared: readSharedStrings(parts), dateStyles: readDateStyles(parts), date1904: workbook.date1904 };
  const sheets = workbook.sheets.map((entry): SheetGrid => {
    let rows: Cell[][] | undefined;
    const load = (): Cell[][] => readSheetRows(parts[entry.part] === undefined ? unzipParts(bytes, (name) => name === entry.part) : parts, entry, context);
    return {
      name: entry.name,
      state: entry.state,
      get rows(): Cell[][] {
        rows ??= load();
        return rows;
      },
    };
  });
  return { sheets, date1904: workbook.date1904 };
}

function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean): Parts {
  let expanded = 0;
  try {
    return unzipSync(bytes, {
      // Never more than a submission could hold: sizes come from the zip directory, so a zip bomb
      // is refused before it is inflated. Images and the like are never expanded.
      filter: (f) => {
        if (!wanted(f.name)) return false;
        expanded += f.originalSize;
        if (expanded > MAX_EXPANDED_MB * 1024 * 1024) throw new WorkbookFormatError(PACKAGE_PROBLEMS.tooLarge(MAX_EXPANDED_MB));
        return true;
      },
    });
  } catch (error) {
    if (error instanceof WorkbookFormatError) throw error;
    throw damaged(`its zip structure cannot be read (${(error as Error).message})`, error);
  }
}

interface SheetContext {
  readonly shared: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

function readSheetRows(parts: Parts, entry: SheetEntry, ctx: SheetContext): Cell[][] {
  const xml = partText(parts, entry.part);
  if (xml === undefined) throw damaged(`the part ${entry.part} of sheet "${entry.name}" is missing`);
  const rows: Cell[][] = [];
  const merges: string[] = [];
  let rowNo = 0;
  let colNo = 0;
  let cell: { type: string; style: number; value: string; formula: boolean; inline: string } | null = null;
  let textTarget: 'v' | 't' | null = null;
  let inRph = 0;
  scan(xml, entry.part, {
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
          cell = { type: attr(a, 't') ?? 'n', style: Number(attr(a, 's') ?? 0), value: '', formula: false, inline: '' };
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
        const value = toCell(cell, ctx);
        if (value.kind !== 'empty') (rows[rowNo - 1] ??= [])[colNo - 1] = value;
        cell = null;
      }
    },
  });
  for (const ref of merges) clearMergedFollowers(rows, ref);
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

function toCell(c: { type: string; style: number; value: string; formula: boolean; inline: string }, ctx: SheetContext): Cell {
  switch (c.type) {
    case 's': {
      const s = ctx.shared[Number(c.value)];
      return s === undefined ? err('a missing shared string') : str(s);
    }
    case 'inlineStr':
      return str(unescapeOoxml(c.inline));
    case 'str':
      return c.value === '' && c.formula ? err(NO_SAVED_VALUE) : str(c.value);
    case 'b':
      return bool(c.value === '1' || c.value === 'true');
    case 'e':
      return err(c.value);
    case 'd':
      return /^\d{4}-\d{2}-\d{2}/.test(c.value) ? date(c.value.slice(0, 10)) : err('an unreadable date');
    default: {
      if (c.value === '') return c.formula ? err(NO_SAVED_VALUE) : EMPTY;
      const n = Number(c.value);
      if (!Number.isFinite(n)) return err('an unreadable number');
      return ctx.dateStyles[c.style] === true && n >= 0 ? date(isoFromSerial(n, ctx.date1904)) : num(n);
    }
  }
}

/** "AB12" → 28. */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n;
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
