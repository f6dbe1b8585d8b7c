// Near-limit bombs: a good submission with one part (or several) grown to just under the reader's
// 200 MB expansion limit, each a few hundred kilobytes on disk. What they hold differs: spaces, one
// huge string (one- or two-byte), half a million cells, one huge attribute, styles, merged
// ranges, nesting, empty rows, long texts, a comment, entities. Every one must be read or refused
// in bounded time and memory, and named in the report.

import { entry, zip, type Entry } from './zip-tools';
import { sheetPart, type Base } from './variants';

const MB = 1024 * 1024;
/** Just under the reader's limit, with room for the rest of the package. */
const NEAR_LIMIT = 190 * MB;

/** `unit` repeated to about `size` bytes (UTF-8). */
const filled = (unit: string, size: number): Buffer => Buffer.alloc(Math.floor(size / Buffer.byteLength(unit)) * Buffer.byteLength(unit), unit);

interface Grown {
  readonly part: string;
  /** Built around the part's own text: what goes before and after the filler. */
  readonly around: (xml: string) => readonly [string, string];
  readonly unit: string;
}

/** The text up to the end of `after`, then `head` … `tail`, then the rest. */
const split = (xml: string, after: string, head: string, tail: string): readonly [string, string] => {
  const at = xml.indexOf(after) + after.length;
  return [`${xml.slice(0, at)}${head}`, `${tail}${xml.slice(at)}`];
};

const inSheetData = (head: string, tail: string) => (xml: string): readonly [string, string] => {
  const at = xml.indexOf('</sheetData>');
  return [`${xml.slice(0, at)}${head}`, `${tail}${xml.slice(at)}`];
};
const afterSheetData = (head: string, tail: string) => (xml: string): readonly [string, string] => {
  const at = xml.indexOf('</sheetData>') + '</sheetData>'.length;
  return [`${xml.slice(0, at)}${head}`, `${tail}${xml.slice(at)}`];
};

function kinds(base: Base): Record<string, Grown[]> {
  const plan = sheetPart(base, 'Plan');
  const firstString = (xml: string): readonly [string, string] => {
    const at = xml.indexOf('<si>');
    return [`${xml.slice(0, at)}<si><t>`, `</t></si>${xml.slice(xml.indexOf('</si>', at) + 5)}`];
  };
  return {
    'spaces in a sheet': [{ part: plan, around: inSheetData('', ''), unit: ' ' }],
    'one huge shared string': [{ part: 'xl/sharedStrings.xml', around: firstString, unit: 'x' }],
    'one huge two-byte shared string': [{ part: 'xl/sharedStrings.xml', around: firstString, unit: 'é' }],
    'half a million cells': [{ part: plan, around: inSheetData('', ''), unit: `<row>${'<c><v>1</v></c>'.repeat(50)}</row>` }],
    'one huge attribute': [{ part: plan, around: (xml) => split(xml, '<worksheet ', 'x="', '" '), unit: 'a' }],
    'cell styles': [{ part: 'xl/styles.xml', around: (xml) => split(xml, xml.slice(xml.indexOf('<cellXfs'), xml.indexOf('>', xml.indexOf('<cellXfs')) + 1), '', ''), unit: '<xf numFmtId="0"/>' }],
    'merged ranges': [{ part: plan, around: afterSheetData('<mergeCells>', '</mergeCells>'), unit: '<mergeCell ref="A1:B2"/>' }],
    'deep nesting': [{ part: plan, around: afterSheetData('<extLst>', '</extLst>'), unit: '<x>' }],
    'empty rows': [{ part: plan, around: inSheetData('', ''), unit: '<row/>' }],
    'long texts in cells': [{ part: plan, around: inSheetData('', ''), unit: `<row><c t="inlineStr"><is><t>${'t'.repeat(30_000)}</t></is></c></row>` }],
    'a comment': [{ part: plan, around: inSheetData('<!--', '-->'), unit: '-x' }],
    'entities in a string': [{ part: 'xl/sharedStrings.xml', around: firstString, unit: '&amp;' }],
    'many big sheets': ['S2 Practice', 'S2 Leadership', 'S2 Services', 'S2 Needs', 'Conclusions', 'Plan', '_meta', 'Start here'].map((s) => ({ part: sheetPart(base, s), around: inSheetData('', ''), unit: ' ' })),
  };
}

export const BOMB_KINDS = (base: Base): string[] => Object.keys(kinds(base));

/** The bomb of kind `index` (taken in turn), made from `base`. */
export function makeBomb(index: number, base: Base): { readonly label: string; readonly bytes: Buffer } {
  const all = kinds(base);
  const label = Object.keys(all)[index % Object.keys(all).length] as string;
  const grown = all[label] as Grown[];
  const share = Math.floor((NEAR_LIMIT - base.parts.reduce((n, p) => n + p.data.length, 0)) / grown.length);
  const entries: Entry[] = base.parts.map((p) => {
    const g = grown.find((x) => x.part === p.name);
    if (g === undefined) return entry(p.name, p.data);
    const [head, tail] = g.around(new TextDecoder().decode(p.data));
    return entry(p.name, Buffer.concat([Buffer.from(head), filled(g.unit, share - head.length - tail.length), Buffer.from(tail)]));
  });
  return { label: `bomb/${label}`, bytes: zip(entries) };
}
