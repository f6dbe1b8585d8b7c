// Fast paths for the two parts that hold nearly all of a workbook's bytes: a worksheet's <sheetData>
// and the shared strings. They accept only the plain shape Excel, LibreOffice and exceljs write (no
// namespace prefix, no comments or CDATA, no phonetic runs) and return null at the first thing
// outside it; the caller then reads the part with the general tokenizer, which also reports
// malformed XML. Tests hold both paths to the same result on every part of every fixture.

import { attributeValue, textValue, type SkipRange } from './xml-scan';
import { WORKBOOK_LIMITS, overLimit } from './read-limits';

/** The content of one <c> element, before it becomes a Cell. */
export interface RawCell {
  readonly row: number;
  readonly col: number;
  /** The t attribute: s, str, inlineStr, b, e, d or n (the default). */
  readonly type: string;
  readonly style: number;
  /** The text of <v>. */
  readonly value: string;
  readonly formula: boolean;
  /** The text of <is>, rich-text runs joined. */
  readonly inline: string;
}

export interface PlainSheet {
  /** The cells with content (a value, text or formula), in document order. */
  readonly cells: RawCell[];
  /** Where the content of <sheetData> lies: the general tokenizer checks the rest of the part, skipping it. */
  readonly skip: SkipRange;
}

const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const EQUALS = 61;
const C = 99;
const R = 114;
const S = 115;
const T = 116;
const N = 110;
/** The column of a cell skipped unread. */
const UNKNOWN = -1;

/** Thrown inside the fast paths to give up; never escapes this module. */
class NotPlain extends Error {}
const NOT_PLAIN = new NotPlain();

/** How many more filled cells the workbook may hold; reading takes from it. */
export interface CellBudget {
  cells: number;
}

/** The cells of a worksheet part, or null when it is not plain enough for this path. */
export function scanSheetCells(xml: string, budget: CellBudget = { cells: WORKBOOK_LIMITS.cells }): PlainSheet | null {
  let sheet: PlainSheet;
  try {
    sheet = sheetCells(xml, budget.cells);
  } catch (error) {
    if (error === NOT_PLAIN) return null;
    throw error;
  }
  budget.cells -= sheet.cells.length;
  return sheet;
}

function sheetCells(xml: string, maxCells: number): PlainSheet {
  const cells: RawCell[] = [];
  const open = xml.indexOf('<sheetData');
  if (open < 0 || xml.indexOf(':sheetData') >= 0) throw NOT_PLAIN;
  const openEnd = readTag(xml, open + 10);
  if (xml.charCodeAt(openEnd - 1) === SLASH) return { cells, skip: { from: openEnd + 1, to: openEnd + 1 } };
  const end = xml.indexOf('</sheetData>', openEnd);
  if (end < 0) throw NOT_PLAIN;
  let rowNo = 0;
  let colNo = 0;
  let i = openEnd + 1;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt > end) throw NOT_PLAIN;
    if (lt === end) break;
    // Only white space may stand between rows and cells: anything else is left to the general path.
    if (lt > i && xml.slice(i, lt).trim() !== '') throw NOT_PLAIN;
    const next = xml.charCodeAt(lt + 1);
    if (next === C && isNameEnd(xml.charCodeAt(lt + 2))) {
      // Most cells of a template are empty but styled (<c r="B7" s="4"/>): skipped unread. Their
      // column is needed only if a later cell in the row has no r, which is then not plain.
      const shortEnd = xml.indexOf('>', lt);
      if (xml.charCodeAt(shortEnd - 1) === SLASH && xml.indexOf('<', lt + 1) > shortEnd) {
        colNo = UNKNOWN;
        i = shortEnd + 1;
        continue;
      }
      const gt = readTag(xml, lt + 2);
      if (found.r < 0 && colNo === UNKNOWN) throw NOT_PLAIN;
      colNo = found.r < 0 ? colNo + 1 : columnAt(xml, found.r);
      if (xml.charCodeAt(gt - 1) === SLASH) {
        i = gt + 1;
        continue;
      }
      const close = xml.indexOf('</c>', gt);
      if (close < 0 || close > end) throw NOT_PLAIN;
      const type = found.t < 0 ? 'n' : cellType(xml, found.t);
      const style = found.s < 0 ? 0 : wholeNumberAt(xml, found.s, 0);
      const cell = cellContent(xml, gt + 1, close, rowNo, colNo, type, style);
      if (cell.value !== '' || cell.inline !== '' || cell.formula) {
        if (cells.length >= maxCells) throw overLimit('cells');
        cells.push(cell);
      }
      i = close + 4;
    } else if (next === R && xml.startsWith('row', lt + 1) && isNameEnd(xml.charCodeAt(lt + 4))) {
      const gt = readTag(xml, lt + 4);
      rowNo = found.r < 0 ? rowNo + 1 : wholeNumberAt(xml, found.r, 1);
      colNo = 0;
      i = gt + 1;
    } else if (next === SLASH && xml.startsWith('row>', lt + 2)) {
      i = lt + 6;
    } else {
      throw NOT_PLAIN;
    }
  }
  return { cells, skip: { from: openEnd + 1, to: end } };
}

/** The children of a <c>: <f>, <v> and <is>, between `from` and the closing </c> at `to`. */
function cellContent(xml: string, from: number, to: number, row: number, col: number, type: string, style: number): RawCell {
  let value = '';
  let inline = '';
  let formula = false;
  let i = from;
  while (i < to) {
    const lt = xml.indexOf('<', i);
    if (lt < 0 || lt >= to) {
      i = to;
      break;
    }
    if (xml.startsWith('<v>', lt)) {
      const close = xml.indexOf('</v>', lt);
      value += plainText(xml, lt + 3, close, to);
      i = close + 4;
    } else if (xml.startsWith('<v/>', lt)) {
      i = lt + 4;
    } else if (xml.startsWith('<f', lt) && isNameEnd(xml.charCodeAt(lt + 2))) {
      formula = true;
      const gt = readTag(xml, lt + 2);
      if (xml.charCodeAt(gt - 1) === SLASH) i = gt + 1;
      else {
        const close = xml.indexOf('</f>', gt);
        if (close < 0 || close >= to) throw NOT_PLAIN;
        i = close + 4;
      }
    } else if (xml.startsWith('<is>', lt)) {
      const close = xml.indexOf('</is>', lt);
      if (close < 0 || close >= to) throw NOT_PLAIN;
      inline += runsText(xml, lt + 4, close);
      i = close + 5;
    } else {
      throw NOT_PLAIN;
    }
  }
  return { row, col, type, style, value, formula, inline };
}

/**
 * The shared strings part, each item decoded only when a cell asks for it (a template's strings are
 * mostly instructions and lists no reader looks at). Null when the part is not plain enough for
 * this path; `get` returns null for an item that turns out not to be.
 */
export interface PlainSharedStrings {
  readonly count: number;
  /** The item's text, rich-text runs joined, OOXML escapes left in; undefined past the end. */
  get(index: number): string | null | undefined;
}

export function indexSharedStrings(xml: string): PlainSharedStrings | null {
  const root = xml.indexOf('<sst');
  if (root < 0 || xml.indexOf(':sst') >= 0 || xml.indexOf('<rPh') >= 0 || xml.indexOf('<!', root) >= 0) return null;
  const end = xml.lastIndexOf('</sst>');
  if (end < 0 || xml.slice(end + 6).trim() !== '') return null;
  // Start and end of each item's content, two numbers per item.
  const bounds: number[] = [];
  for (let si = xml.indexOf('<si', root); si >= 0; si = xml.indexOf('<si', si + 3)) {
    if (bounds.length >= 2 * WORKBOOK_LIMITS.sharedStrings) throw overLimit('sharedStrings');
    const next = xml.charCodeAt(si + 3);
    if (next === SLASH) {
      bounds.push(si, si);
      continue;
    }
    if (next !== GT) return null;
    const close = xml.indexOf('</si>', si);
    if (close < 0) return null;
    bounds.push(si + 4, close);
    si = close;
  }
  return {
    count: bounds.length / 2,
    get(index) {
      const from = bounds[2 * index];
      const to = bounds[2 * index + 1];
      if (from === undefined || to === undefined) return undefined;
      try {
        return runsText(xml, from, to);
      } catch (error) {
        if (error === NOT_PLAIN) return null;
        throw error;
      }
    },
  };
}

/** The joined text of every <t> between `from` and `to` (a string item or inline string, plain or rich). */
function runsText(xml: string, from: number, to: number): string {
  // Walks the item's tags in place: most items are one <t>, and slicing each item out cost more.
  let text = '';
  for (let lt = xml.indexOf('<', from); lt >= 0 && lt < to; lt = xml.indexOf('<', lt + 1)) {
    // Phonetic guides (<rPh>) hold <t> runs that are not part of the text.
    if (xml.startsWith('rPh', lt + 1)) throw NOT_PLAIN;
    if (xml.charCodeAt(lt + 1) !== T || !isNameEnd(xml.charCodeAt(lt + 2))) continue;
    const gt = readTag(xml, lt + 2);
    if (xml.charCodeAt(gt - 1) === SLASH) continue;
    const close = xml.indexOf('</t>', gt);
    text += plainText(xml, gt + 1, close, to);
    lt = close;
  }
  return text;
}

/** Text between a tag and its closing tag, which must come before `limit` with no markup between. */
function plainText(xml: string, from: number, close: number, limit: number): string {
  if (close < 0 || close > limit) throw NOT_PLAIN;
  const raw = xml.slice(from, close);
  if (raw.indexOf('<') >= 0) throw NOT_PLAIN;
  return textValue(raw);
}

/**
 * Where the values of the attributes r, s, t and ref start in the tag last read by readTag (just
 * after the opening quote), or -1: the few attributes these paths need, read only when needed.
 */
const found = { r: -1, s: -1, t: -1, ref: -1 };

/**
 * Reads the tag whose name ends at `from`, noting where r, s, t and ref are in `found`, and returns
 * where the tag ends (its ">"). Only name="value" with double quotes is plain; so is no "<" before the ">".
 */
function readTag(xml: string, from: number): number {
  found.r = found.s = found.t = found.ref = -1;
  let i = from;
  for (;;) {
    const c = xml.charCodeAt(i);
    if (c === GT) {
      const lt = xml.indexOf('<', from);
      if (lt >= 0 && lt < i) throw NOT_PLAIN;
      return i;
    }
    if (c === SLASH || c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    let j = i;
    while (isNameChar(xml.charCodeAt(j))) j++;
    if (j === i || xml.charCodeAt(j) !== EQUALS || xml.charCodeAt(j + 1) !== QUOTE) throw NOT_PLAIN;
    const close = xml.indexOf('"', j + 2);
    if (close < 0) throw NOT_PLAIN;
    if (j - i === 1) {
      if (c === R) found.r = j + 2;
      else if (c === S) found.s = j + 2;
      else if (c === T) found.t = j + 2;
    } else if (j - i === 3 && xml.startsWith('ref', i)) found.ref = j + 2;
    i = close + 1;
  }
}

/** The value of the attribute whose text starts at `at`. */
function foundValue(xml: string, at: number): string {
  return attributeValue(xml.slice(at, xml.indexOf('"', at)));
}

/** The column of the cell reference starting at `at` ("AB12" → 28), read in place. */
function columnAt(xml: string, at: number): number {
  let n = 0;
  for (let i = at; ; i++) {
    const code = xml.charCodeAt(i);
    if (code >= 65 && code <= 90) n = n * 26 + (code - 64);
    else if (code === 38) return columnOf(foundValue(xml, at));
    else return n;
  }
}

/** Letters, digits and ":_-." : what attribute names are made of. */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 45 || c === 46;
}

/** White space, "/" or ">": the end of a tag's name. */
function isNameEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH || c === GT;
}

/** The whole number (at least `least`) that is the attribute value starting at `at`, read in place. */
function wholeNumberAt(xml: string, at: number, least: number): number {
  let n = 0;
  let i = at;
  for (let c = xml.charCodeAt(i); c >= 48 && c <= 57; c = xml.charCodeAt(++i)) n = n * 10 + (c - 48);
  if (xml.charCodeAt(i) !== QUOTE || i === at || i - at > 9) {
    // Anything but plain digits (spaces, entities, a sign, a huge number): read as text.
    n = Number(foundValue(xml, at));
    if (!Number.isInteger(n)) throw NOT_PLAIN;
  }
  if (n < least) throw NOT_PLAIN;
  return n;
}

/** The t attribute starting at `at`; the one-letter types, by far the most common, without slicing. */
function cellType(xml: string, at: number): string {
  if (xml.charCodeAt(at + 1) === QUOTE) {
    const c = xml.charCodeAt(at);
    if (c === S) return 's';
    if (c === N) return 'n';
  }
  return foundValue(xml, at);
}

/** "AB12" → 28. */
export function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n;
}
