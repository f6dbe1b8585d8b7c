// The reader's fast paths (worksheet cells, shared strings, the zip directory with node's zlib) must
// give exactly what the general paths give (our tokenizer, fflate), on every part of every workbook
// we have, and hand anything outside their plain shape to the general path.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { indexSharedStrings, scanSheetCells, type RawCell } from '../../pipeline/xlsx/cell-scan';
import { readSheetXml, scanSheetGeneric } from '../../pipeline/xlsx/fast-grid-reader';
import { readSharedStrings, sharedStringsGeneric } from '../../pipeline/xlsx/xlsx-parts';
import { WorkbookFormatError } from '../../pipeline/xlsx/xlsx-errors';
import { openPackage, type Parts } from '../../pipeline/xlsx/zip-package';
import { fillTemplate } from '../../pipeline/samples/fill-template';
import { SAMPLE_CONTENT } from '../../pipeline/samples/sample-content';
import { FOREIGN_XLSX, layoutFor, sampleJurisdiction, templateBytes } from '../helpers/fixtures';

const MB = 1024 * 1024;

async function workbooks(): Promise<[string, Uint8Array][]> {
  const j = sampleJurisdiction();
  const mine: [string, Uint8Array][] = [];
  for (const content of SAMPLE_CONTENT) {
    const template = await templateBytes(j, content.groupId);
    mine.push([`template ${content.groupId}`, template], [`filled ${content.groupId}`, await fillTemplate(template, layoutFor(j, content.groupId), content)]);
  }
  const foreign = readdirSync(FOREIGN_XLSX).filter((f) => f.endsWith('.xlsx'));
  return [...mine, ...foreign.map((f): [string, Uint8Array] => [f, readFileSync(path.join(FOREIGN_XLSX, f))])];
}

/** Every XML part of every workbook fflate can unzip. */
function xmlParts(all: readonly [string, Uint8Array][]): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const [name, bytes] of all) {
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes);
    } catch {
      continue;
    }
    for (const [part, data] of Object.entries(files)) if (part.endsWith('.xml')) out.push([name, part, new TextDecoder().decode(data)]);
  }
  return out;
}

function partsOf(texts: Readonly<Record<string, string>>): Parts {
  return { has: (name) => name in texts, read: (name) => (texts[name] === undefined ? undefined : new TextEncoder().encode(texts[name])) };
}

/** The general path also lists cells with nothing in them; the fast path skips those. */
const withContent = (cells: readonly RawCell[]): RawCell[] => cells.filter((c) => c.value !== '' || c.inline !== '' || c.formula);

function outcome<T>(read: () => T): T | string {
  try {
    return read();
  } catch (error) {
    return error instanceof WorkbookFormatError ? 'damaged' : `threw ${String(error)}`;
  }
}

describe('the reader\'s fast paths', () => {
  let all: [string, Uint8Array][];
  let parts: [string, string, string][];
  before(async function () {
    this.timeout(30_000);
    all = await workbooks();
    parts = xmlParts(all);
  });

  it('read every worksheet part to the same cells and merged ranges as the general tokenizer', () => {
    let fast = 0;
    let sheets = 0;
    for (const [name, part, xml] of parts.filter(([, p]) => p.startsWith('xl/worksheets/'))) {
      sheets++;
      if (scanSheetCells(xml) !== null) fast++;
      const general = outcome(() => {
        const g = scanSheetGeneric(xml, part);
        return { cells: withContent(g.cells), merges: g.merges };
      });
      const ours = outcome(() => {
        const r = readSheetXml(xml, part);
        return { cells: withContent(r.cells), merges: r.merges };
      });
      assert.deepEqual(ours, general, `${name} ${part}`);
    }
    // Our templates and most producers' sheets take the fast path.
    assert.ok(sheets > 100 && fast / sheets > 0.8, `${fast} of ${sheets} sheets on the fast path`);
  });

  it('read every shared-strings part to the same strings as the general tokenizer', () => {
    let fast = 0;
    const all = parts.filter(([, p]) => p === 'xl/sharedStrings.xml');
    for (const [name, , xml] of all) {
      if (indexSharedStrings(xml) !== null) fast++;
      const expected = sharedStringsGeneric(xml);
      const shared = readSharedStrings(partsOf({ 'xl/sharedStrings.xml': xml }));
      // Asked for out of order, as cells ask for them.
      const order = expected.map((_s, i) => i).reverse();
      assert.deepEqual(order.map((i) => shared.get(i)).reverse(), expected, name);
      assert.equal(shared.get(expected.length), undefined);
    }
    assert.ok(fast >= all.length - 2 && fast > 15, `${fast} of ${all.length} on the fast path`);
  });

  it('read a shared-strings part through the general tokenizer once an item is not plain', () => {
    const xml = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a &amp; b</t></si><si><t><![CDATA[<c>]]></t></si><si><r><t>ri</t></r><r><rPr><b/></rPr><t>ch</t></r></si><si/></sst>';
    const shared = readSharedStrings(partsOf({ 'xl/sharedStrings.xml': xml }));
    assert.deepEqual([0, 2, 1, 3].map((i) => shared.get(i)), ['a & b', 'rich', '<c>', '']);
  });

  const sheet = (data: string, root = 'worksheet', prefix = ''): string =>
    `<?xml version="1.0"?><${prefix}${root} xmlns${prefix === '' ? '' : `:${prefix.slice(0, -1)}`}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${prefix}sheetData>${data}</${prefix}sheetData></${prefix}${root}>`;
  const cases: [string, string][] = [
    ['a namespace prefix', sheet('<x:row r="1"><x:c r="A1" t="str"><x:v>a</x:v></x:c></x:row>', 'worksheet', 'x:')],
    ['a comment among the cells', sheet('<row r="1"><!-- note --><c r="A1"><v>1</v></c></row>')],
    ['a CDATA value', sheet('<row r="1"><c r="A1" t="str"><v><![CDATA[a<b]]></v></c></row>')],
    ['single-quoted attributes', sheet("<row r='1'><c r='B1'><v>2</v></c></row>")],
    ['a phonetic run in an inline string', sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>漢</t><rPh sb="0" eb="1"><t>カン</t></rPh></is></c></row>')],
    ['an unknown element in a cell', sheet('<row r="1"><c r="A1"><extLst/><v>1</v></c></row>')],
  ];
  for (const [what, xml] of cases) {
    it(`hand ${what} to the general tokenizer, which reads it the same`, () => {
      assert.equal(scanSheetCells(xml), null);
      assert.deepEqual(readSheetXml(xml, 'xl/worksheets/sheet1.xml'), scanSheetGeneric(xml, 'xl/worksheets/sheet1.xml'));
    });
  }

  it('read ">" inside a quoted attribute value', () => {
    const xml = sheet('<row r="1"><c r="C1" x="a>b"><v>3</v></c></row>');
    assert.deepEqual(readSheetXml(xml, 'xl/worksheets/sheet1.xml').cells, withContent(scanSheetGeneric(xml, 'xl/worksheets/sheet1.xml').cells));
  });

  it('report malformed XML around the cells as damaged, as the general tokenizer does', () => {
    const good = sheet('<row r="1"><c r="A1"><v>1</v></c></row>');
    for (const xml of [good.replace('<worksheet', 'stray text<worksheet'), good.replace('</worksheet>', ''), good.replace('</sheetData>', '</sheetData></row>')]) {
      assert.throws(() => readSheetXml(xml, 'xl/worksheets/sheet1.xml'), WorkbookFormatError);
    }
  });

  it('inflate every part exactly as fflate does', () => {
    let compared = 0;
    for (const [name, bytes] of all) {
      let reference: Record<string, Uint8Array>;
      try {
        reference = unzipSync(bytes);
      } catch {
        assert.throws(() => {
          const pkg = openPackage(bytes, { maxBytes: 200 * MB });
          pkg.read('xl/workbook.xml');
        }, WorkbookFormatError, name);
        continue;
      }
      const pkg = openPackage(bytes, { maxBytes: 200 * MB });
      for (const [part, data] of Object.entries(reference)) {
        assert.ok(pkg.has(part), `${name} ${part}`);
        if (part.endsWith('.xml') || part.endsWith('.rels')) {
          assert.deepEqual(Buffer.from(pkg.read(part) ?? []), Buffer.from(data), `${name} ${part}`);
          compared++;
        }
      }
      assert.equal(pkg.has('no/such/part.xml'), false);
    }
    assert.ok(compared > 300, `compared ${compared} parts`);
  });

  it('refuse a package that expands past the limit, or whose entry is bigger than its directory says', () => {
    const big = zipSync({ 'a.xml': new Uint8Array(3 * MB), 'b.xml': new Uint8Array(3 * MB) });
    const pkg = openPackage(big, { maxBytes: 5 * MB });
    pkg.read('a.xml');
    assert.throws(() => pkg.read('b.xml'), (e: unknown) => e instanceof WorkbookFormatError && e.problem.code === 'FILE_TOO_LARGE');
    // A zip bomb: the directory claims 10 bytes for an entry that inflates to a megabyte.
    const bomb = Buffer.from(zipSync({ 'a.xml': new Uint8Array(MB) }));
    const directory = bomb.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(10, directory + 24);
    assert.throws(() => openPackage(bomb, { maxBytes: 200 * MB }).read('a.xml'), (e: unknown) => e instanceof WorkbookFormatError && e.problem.code === 'FILE_DAMAGED');
  });

  it('refuse a package whose zip entries are encrypted', () => {
    const zip = Buffer.from(zipSync({ 'a.xml': new TextEncoder().encode('<a/>') }));
    const directory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt16LE(zip.readUInt16LE(directory + 8) | 1, directory + 8);
    assert.throws(() => openPackage(zip, { maxBytes: MB }), (e: unknown) => e instanceof WorkbookFormatError && e.problem.code === 'FILE_ENCRYPTED');
  });
});
