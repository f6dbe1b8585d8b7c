// Reads the few package parts a grid needs — workbook, relationships, shared strings, styles —
// from an unzipped .xlsx. SpreadsheetML facts only; no cell logic here.

import { PACKAGE_PROBLEMS } from './file-guard';
import { WorkbookFormatError, damaged } from './xlsx-errors';
import type { Parts } from './zip-package';
import { XmlError, attr, parseAttrs, scanXml, type SkipRange } from './xml-scan';
import { indexSharedStrings } from './cell-scan';

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
 * workbooks. Bounded: cleared when full.
 */
class ReadOnce<T> {
  private readonly known = new Map<string, T>();

  get(text: string, read: () => T): T {
    let value = this.known.get(text);
    if (value === undefined) {
      value = read();
      if (this.known.size >= 32) this.known.clear();
      this.known.set(text, value);
    }
    return value;
  }
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
      sheets.push({ name: attr(a, 'name') ?? '', state, part: resolvePath(main, rel.target) });
    },
  });
  return { sheets, date1904 };
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
      if (id !== undefined) rels.set(id, { type: attr(a, 'Type') ?? '', target: attr(a, 'Target') ?? '' });
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
  /** The text of the shared string at `index`, or undefined when there is none. */
  get(index: number): string | undefined;
}

export function readSharedStrings(parts: Parts): SharedStrings {
  const xml = partText(parts, 'xl/sharedStrings.xml');
  if (xml === undefined) return { get: () => undefined };
  const plain = indexSharedStrings(xml);
  let all = plain === null ? sharedStringsGeneric(xml) : null;
  const decoded: (string | undefined)[] = [];
  return {
    get(index) {
      if (all !== null) return all[index];
      let text = decoded[index];
      if (text === undefined) {
        const raw = plain?.get(index);
        // An item the fast path cannot read sends the whole part through the general tokenizer.
        if (raw === null) return (all = sharedStringsGeneric(xml))[index];
        if (raw === undefined) return undefined;
        decoded[index] = text = unescapeOoxml(raw);
      }
      return text;
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
  const dates: boolean[] = [];
  let inCellXfs = false;
  scan(xml, 'xl/styles.xml', {
    open(name, a) {
      const id = attr(a, 'numFmtId');
      if (name === 'numFmt' && id !== undefined) custom.set(id, attr(a, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) dates.push(isDateFormat(attr(a, 'numFmtId') ?? '0', custom));
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
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmy]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}
