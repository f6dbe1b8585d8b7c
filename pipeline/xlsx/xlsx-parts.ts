// Reads the few package parts a grid needs — workbook, relationships, shared strings, styles —
// from an unzipped .xlsx. SpreadsheetML facts only; no cell logic here.

import { PACKAGE_PROBLEMS } from './file-guard';
import { WorkbookFormatError, damaged } from './xlsx-errors';
import type { Parts } from './zip-package';
import { XmlError, attr, parseAttrs, scanXml, type SkipRange } from './xml-scan';
import { indexSharedStrings } from './cell-scan';
import { EXCEL_LIMITS, WORKBOOK_LIMITS, overLimit } from './read-limits';

export { WorkbookFormatError, damaged } from './xlsx-errors';
export type { Parts } from './zip-package';

const decoder = new TextDecoder('utf-8');

export function partText(parts: Parts, name: string): string | undefined {
  const bytes = parts.read(name);
  return bytes === undefined ? undefined : decoder.decode(bytes);
}

/** Tag name without its namespace prefix: producers write <c>, <x:c> or <main:c> alike. */
export const local = (name: string): string => name.slice(name.indexOf(':') + 1);

export type Handlers = {
  /** `attrs` is the tag's raw attribute text: read it with attr(). */
  open?: (name: string, attrs: string) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
};

/** Scans one XML part; a malformed part becomes a WorkbookFormatError naming it. */
export function scan(xml: string, part: string, h: Handlers, skip?: SkipRange): void {
  try {
    scanXml(xml, {
      ...(h.open === undefined ? {} : { open: (name, attrs) => h.open?.(local(name), attrs) }),
      ...(h.text === undefined ? {} : { text: h.text }),
      ...(h.close === undefined ? {} : { close: (name) => h.close?.(local(name)) }),
    }, skip);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    throw damaged(`${part} is not well-formed XML (${error.message})`, error);
  }
}

export interface SheetEntry {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** Package path of the worksheet part, e.g. xl/worksheets/sheet1.xml. */
  readonly part: string;
}

export interface WorkbookPart {
  readonly sheets: readonly SheetEntry[];
  readonly date1904: boolean;
}

/**
 * What was read from parts that every workbook made from one template shares byte for byte (the
 * workbook's sheet list, its styles), by the parts' text: a statewide merge reads hundreds of such
 * workbooks. Bounded: cleared when full, and a part longer than a template's is never kept.
 */
class ReadOnce<T> {
  private readonly known = new Map<string, T>();

  get(text: string, read: () => T): T {
    if (text.length > READ_ONCE_MAX_CHARS) return read();
    let value = this.known.get(text);
    if (value === undefined) {
      value = read();
      if (this.known.size >= 32) this.known.clear();
      this.known.set(text, value);
    }
    return value;
  }
}

const READ_ONCE_MAX_CHARS = 256 * 1024;

/**
 * A copy of `text` that shares no memory with the part it was read from. V8 keeps the whole of a
 * string alive while any slice of it is, and parsing keeps some texts from one workbook to the
 * next: without the copy a single cell could hold a 200 MB part in memory for the whole merge.
 * (A concatenation is flattened into new memory before it is sliced, so this is one copy.)
 */
export function detach(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/**
 * Parts up to this long keep their strings as slices: a real workbook's parts are all shorter (its
 * largest is about 30 KB), so the copies cost it nothing, and no slice can hold more than this.
 */
export const SLICES_UP_TO = 64 * 1024;

/** How the strings read from a part of this length are kept (see detach). */
export const keeperFor = (partLength: number): ((text: string) => string) => (partLength <= SLICES_UP_TO ? asRead : detach);
const asRead = (text: string): string => text;

/** `text` cut to what one Excel cell can hold (never inside a surrogate pair), in memory of its own. */
export function cutToCellLimit(text: string): string {
  let end = EXCEL_LIMITS.cellText;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return detach(text.slice(0, end));
}

const workbooks = new ReadOnce<WorkbookPart>();
const dateStyles = new ReadOnce<readonly boolean[]>();

export function readWorkbookPart(parts: Parts): WorkbookPart {
  const main = officeDocumentPath(parts);
  const xml = partText(parts, main);
  if (!parts.has('[Content_Types].xml')) throw damaged('it has no [Content_Types].xml part');
  if (xml === undefined) throw new WorkbookFormatError(PACKAGE_PROBLEMS.notWorkbook());
  const relsPath = relsPathOf(main);
  const relsXml = partText(parts, relsPath);
  return workbooks.get(`${main}\u0000${relsXml ?? ''}\u0000${xml}`, () => workbookFromXml(main, xml, readRels(relsXml, relsPath)));
}

function workbookFromXml(main: string, xml: string, rels: ReadonlyMap<string, Rel>): WorkbookPart {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  scan(xml, main, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attr(a, 'date1904') ?? '');
      if (name !== 'sheet') return;
      const id = attr(a, 'r:id') ?? relationshipId(a);
      const rel = rels.get(id);
      // Chart sheets and dialog sheets are listed too; only worksheets hold cells.
      if (rel === undefined || !rel.type.endsWith('/worksheet')) return;
      const given = attr(a, 'state');
      const state = given === 'hidden' || given === 'veryHidden' ? given : 'visible';
      if (sheets.length >= WORKBOOK_LIMITS.sheets) throw overLimit('sheets');
      sheets.push({ name: sheetName(attr(a, 'name') ?? ''), state, part: resolvePath(main, rel.target) });
    },
  });
  return { sheets, date1904 };
}

/**
 * Excel allows 31 characters, LibreOffice more; a crafted name can be megabytes, and every problem
 * on the sheet names it. Cut far past any real name, so template sheets are never touched.
 */
function sheetName(name: string): string {
  return detach(name.length <= 100 ? name : `${name.slice(0, 99)}…`);
}

/** The relationship id under whatever prefix the producer bound to the relationships namespace. */
function relationshipId(attrs: string): string {
  return Object.entries(parseAttrs(attrs)).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
}

function officeDocumentPath(parts: Parts): string {
  const rels = readRels(partText(parts, '_rels/.rels'), '_rels/.rels');
  for (const rel of rels.values()) if (rel.type.endsWith('/officeDocument')) return resolvePath('', rel.target);
  return 'xl/workbook.xml';
}

interface Rel {
  readonly type: string;
  readonly target: string;
}

function readRels(xml: string | undefined, path: string): Map<string, Rel> {
  const rels = new Map<string, Rel>();
  if (xml === undefined) return rels;
  scan(xml, path, {
    open(name, a) {
      const id = name === 'Relationship' ? attr(a, 'Id') : undefined;
      if (id === undefined) return;
      if (rels.size >= WORKBOOK_LIMITS.relationships) throw overLimit('relationships');
      rels.set(id, { type: attr(a, 'Type') ?? '', target: attr(a, 'Target') ?? '' });
    },
  });
  return rels;
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part that holds it ("/xl/…" is absolute). */
function resolvePath(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = fromPart.slice(0, fromPart.lastIndexOf('/') + 1).split('/').filter((s) => s !== '');
  for (const seg of target.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

/** Shared strings, as plain text: rich-text runs joined, phonetic hints (rPh) left out. */
export interface SharedStrings {
  /**
   * The text of the shared string at `index`, or undefined when there is none; cut to Excel's
   * cell limit, and, from a long part, in memory of its own (see detach).
   */
  get(index: number): string | undefined;
  /** The length a string had before it was cut to the cell limit, by index. */
  readonly cut: ReadonlyMap<number, number>;
}

export function readSharedStrings(parts: Parts): SharedStrings {
  const cut = new Map<number, number>();
  const xml = partText(parts, 'xl/sharedStrings.xml');
  if (xml === undefined) return { get: () => undefined, cut };
  const plain = indexSharedStrings(xml);
  let all = plain === null ? sharedStringsGeneric(xml) : null;
  const decoded: (string | undefined)[] = [];
  const keep = keeperFor(xml.length);
  const own = (index: number, text: string): string => {
    if (text.length <= EXCEL_LIMITS.cellText) return keep(text);
    cut.set(index, text.length);
    return cutToCellLimit(text);
  };
  return {
    cut,
    get(index) {
      const known = decoded[index];
      if (known !== undefined) return known;
      let raw = all === null ? plain?.get(index) : all[index];
      if (raw === null) {
        // An item the fast path cannot read sends the whole part through the general tokenizer.
        all = sharedStringsGeneric(xml);
        raw = all[index];
      } else if (raw !== undefined && all === null) raw = unescapeOoxml(raw);
      if (raw === undefined) return undefined;
      return (decoded[index] = own(index, raw));
    },
  };
}

/** Shared strings through the general tokenizer, for a part the fast path declines. */
export function sharedStringsGeneric(xml: string): string[] {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  scan(xml, 'xl/sharedStrings.xml', {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic += 1;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    text(t) {
      if (inText) current += t;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'si') strings.push(unescapeOoxml(current));
    },
  });
  return strings;
}

/** OOXML writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x). */
export function unescapeOoxml(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** For each cell style index, whether its number format shows a date. */
export function readDateStyles(parts: Parts): readonly boolean[] {
  const xml = partText(parts, 'xl/styles.xml');
  return xml === undefined ? [] : dateStyles.get(xml, () => dateStylesOf(xml));
}

function dateStylesOf(xml: string): boolean[] {
  const custom = new Map<string, string>();
  const judged = new Map<string, boolean>();
  const dates: boolean[] = [];
  let inCellXfs = false;
  scan(xml, 'xl/styles.xml', {
    open(name, a) {
      const id = attr(a, 'numFmtId');
      if (name === 'numFmt' && id !== undefined) custom.set(id, attr(a, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        // Once per format: a crafted part can give thousands of styles one huge format code.
        const format = attr(a, 'numFmtId') ?? '0';
        let isDate = judged.get(format);
        if (isDate === undefined) judged.set(format, (isDate = isDateFormat(format, custom)));
        dates.push(isDate);
      }
      if (custom.size > EXCEL_LIMITS.cellFormats || dates.length > EXCEL_LIMITS.cellFormats) {
        throw damaged(`xl/styles.xml lists more than ${EXCEL_LIMITS.cellFormats.toLocaleString('en-US')} formats, beyond what Excel can hold`);
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dates;
}

/** Built-in date formats 14-22 and 45-47; custom codes with day, month or year outside quotes and brackets. */
function isDateFormat(id: string, custom: ReadonlyMap<string, string>): boolean {
  const n = Number(id);
  if ((n >= 14 && n <= 22) || (n >= 45 && n <= 47)) return true;
  const code = custom.get(id);
  if (code === undefined) return false;
  const bare = withoutLiterals(code);
  return /[dmy]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/**
 * A number format without its "quoted text", [bracketed] parts and \-escaped characters. One pass
 * (a regular expression over an unclosed "[" would retry at every one).
 */
function withoutLiterals(code: string): string {
  const lastQuote = code.lastIndexOf('"');
  const lastBracket = code.lastIndexOf(']');
  let out = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"' && i < lastQuote) i = code.indexOf('"', i + 1);
    else if (c === '[' && i < lastBracket) i = code.indexOf(']', i + 1);
    else if (c === '\\' && i + 1 < code.length) i += 1;
    else out += c;
  }
  return out;
}
