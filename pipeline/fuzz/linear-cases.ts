// Adversarial inputs for the reader's parsers, each of a given size: a parser linear in its input
// takes about twice as long on twice the text; a quadratic one four times. The test asserts the
// ratio (generously); `npm run fuzz` prints the times.

import { readSheetXml } from '../xlsx/fast-grid-reader';
import { indexSharedStrings } from '../xlsx/cell-scan';
import { attr, decodeEntities, parseAttrs, scanXml } from '../xlsx/xml-scan';

export const LINEAR_CASES: Readonly<Record<string, (n: number) => () => void>> = {
  'an attribute of ">"': (n) => {
    const xml = `<a x="${'>'.repeat(n)}"/>`;
    return () => scanXml(xml, {});
  },
  'an attribute of the other quote': (n) => {
    const xml = `<a x='${'"'.repeat(n)}'/>`;
    return () => scanXml(xml, {});
  },
  'tags of many short attributes': (n) => {
    const xml = `<a ${'b="1" '.repeat(n / 6)}/>`;
    return () => scanXml(xml, {});
  },
  'a single quote before name characters (attribute parser)': (n) => {
    const attrs = ` a='${'n'.repeat(n)}`;
    return () => void parseAttrs(attrs);
  },
  'name characters with no "=" (attribute lookup)': (n) => {
    const attrs = ` ${'n'.repeat(n)}`;
    return () => void attr(attrs, 'nnn');
  },
  'entities': (n) => {
    const text = '&quot;'.repeat(n / 6);
    return () => void decodeEntities(text);
  },
  'a cell with a long attribute (cell scanner)': (n) => {
    const xml = `<worksheet><sheetData><row r="1"><c r="A1" x="${'>'.repeat(n)}"><v>1</v></c></row></sheetData></worksheet>`;
    return () => void readSheetXml(xml, 'sheet.xml');
  },
  'an unclosed shared string item': (n) => {
    const xml = `<sst>${'<si><t>x'.repeat(n / 8)}</sst>`;
    return () => void indexSharedStrings(xml);
  },
};

/** Milliseconds for `run` at its best of `tries`: the machine is shared, and the best is the least disturbed. */
export function bestOf(run: () => void, tries = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < tries; i++) {
    const started = process.hrtime.bigint();
    run();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
}
