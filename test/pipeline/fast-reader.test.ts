// The merge reads with our own fast path (fflate + a small XML tokenizer). These tests hold it to
// the well-kept libraries: event for event against saxes, cell for cell against exceljs.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { EMPTY, isBlank, type Cell, type WorkbookGrid } from '../../src/core';
import { NO_SAVED_VALUE, readGrid, WorkbookFormatError } from '../../pipeline/xlsx/fast-grid-reader';
import { parseAttrs, scanXml } from '../../pipeline/xlsx/xml-scan';
import { fillTemplate } from '../../pipeline/samples/fill-template';
import { SAMPLE_CONTENT } from '../../pipeline/samples/sample-content';
import { loadGrid } from '../helpers/exceljs-grid-reader';
import { FOREIGN_XLSX, layoutFor, sampleJurisdiction, templateBytes } from '../helpers/fixtures';

const j = sampleJurisdiction();
const foreign = readdirSync(FOREIGN_XLSX).filter((f) => f.endsWith('.xlsx'));

type Event = readonly [kind: string, name: string, detail: string];

function eventsOurs(xml: string): Event[] {
  const out: Event[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') out.push(['text', '', text]);
    text = '';
  };
  scanXml(xml, {
    open: (name, attrs) => (flush(), out.push(['open', name, JSON.stringify(parseAttrs(attrs))])),
    text: (t) => (text += t),
    close: (name) => (flush(), out.push(['close', name, ''])),
  });
  return out;
}

function eventsSaxes(xml: string): Event[] {
  const out: Event[] = [];
  let text = '';
  let depth = 0;
  const flush = (): void => {
    if (text !== '' && depth > 0) out.push(['text', '', text]);
    text = '';
  };
  const p = new SaxesParser({ xmlns: false });
  p.on('opentag', (t: SaxesTagPlain) => (flush(), depth++, out.push(['open', t.name, JSON.stringify(t.attributes)])));
  p.on('text', (t) => (text += t));
  p.on('cdata', (t) => (text += t));
  p.on('closetag', (t: SaxesTagPlain) => (flush(), depth--, out.push(['close', t.name, ''])));
  p.write(xml).close();
  return out;
}

/** Blank cells and trailing blanks dropped: the two readers may differ in what they store for nothing. */
function normalise(grid: WorkbookGrid): unknown {
  const trim = <T>(a: T[], blank: (x: T) => boolean): T[] => {
    while (a.length > 0 && blank(a[a.length - 1] as T)) a.pop();
    return a;
  };
  return grid.sheets.map((s) => ({
    name: s.name,
    state: s.state,
    rows: trim(
      s.rows.map((r) => trim(Array.from(r, (c: Cell | undefined) => (isBlank(c) ? null : c)), (c) => c === null)),
      (r) => r.length === 0,
    ),
  }));
}

/**
 * exceljs drops a formula's saved result when it is 0 (test-issue-877.xlsx has many), so where it
 * reports "no saved value" and we read 0, the reference is taken to be 0.
 */
function withExceljsZeroQuirk(reference: WorkbookGrid, ours: WorkbookGrid): WorkbookGrid {
  const sheets = reference.sheets.map((s, i) => ({
    ...s,
    rows: s.rows.map((row, r) =>
      Array.from(row, (c: Cell | undefined, k) => {
        const mine = ours.sheets[i]?.rows[r]?.[k];
        return c?.kind === 'error' && c.value === NO_SAVED_VALUE && mine?.kind === 'number' && mine.value === 0 ? mine : (c ?? EMPTY);
      }),
    ),
  }));
  return { ...reference, sheets };
}

async function workbooks(): Promise<[string, Buffer][]> {
  const mine: [string, Buffer][] = [];
  for (const content of SAMPLE_CONTENT) {
    const template = await templateBytes(j, content.groupId);
    mine.push([`template ${content.groupId}`, template], [`filled ${content.groupId}`, await fillTemplate(template, layoutFor(j, content.groupId), content)]);
  }
  return [...mine, ...foreign.map((f): [string, Buffer] => [f, readFileSync(path.join(FOREIGN_XLSX, f))])];
}

describe('the fast reader', () => {
  let all: [string, Buffer][];
  before(async () => {
    all = await workbooks();
  });

  it('tokenizes every XML part of every workbook exactly as saxes parses it', () => {
    let parts = 0;
    for (const [name, bytes] of all) {
      let files: Record<string, Uint8Array>;
      try {
        files = unzipSync(bytes);
      } catch {
        continue;
      }
      for (const [part, data] of Object.entries(files)) {
        if (!part.endsWith('.xml') && !part.endsWith('.rels')) continue;
        const xml = new TextDecoder().decode(data);
        let expected: Event[] | Error;
        try {
          expected = eventsSaxes(xml);
        } catch (e) {
          expected = e as Error;
        }
        if (expected instanceof Error) {
          assert.throws(() => eventsOurs(xml), Error, `${name} ${part}: saxes refuses it, so must we`);
        } else {
          assert.deepEqual(eventsOurs(xml), expected, `${name} ${part}`);
        }
        parts++;
      }
    }
    assert.ok(parts > 300, `compared ${parts} parts`);
  });

  it('tokenizes ">" and the other quote inside quoted attribute values as saxes does', () => {
    const xml = `<a x='1>2' y="it's"><b z="'>'" w='"'/><c v="a>b" u='c>d'>t'ext "q"</c></a>`;
    assert.deepEqual(eventsOurs(xml), eventsSaxes(xml));
    assert.throws(() => eventsOurs(`<a x="1>2/>`), Error);
  });

  it('decodes every kind of reference as saxes does, in text and attributes', () => {
    const refs = '&lt;&gt;&amp;&quot;&apos; &#65;&#x42;&#x1F600; &amp;lt; a&amp;b';
    const xml = `<a v="${refs}">${refs}<b/>&#x10FFFF;</a>`;
    assert.deepEqual(eventsOurs(xml), eventsSaxes(xml));
    const [, text] = eventsOurs(xml);
    assert.deepEqual(text, ['text', '', `<>&"' AB\u{1F600} &lt; a&b`]);
  });

  it('leaves what is no reference as written, and a code point past Unicode as nothing', () => {
    const [, text] = eventsOurs('<a>&foo; &#; &#x; &#X43; &#12a; &am &#1114112; end &</a>');
    assert.deepEqual(text, ['text', '', '&foo; &#; &#x; &#X43; &#12a; &am  end &']);
  });

  it('gives the same cells as exceljs for every workbook exceljs can open', async () => {
    let compared = 0;
    for (const [name, bytes] of all) {
      let reference: WorkbookGrid;
      try {
        reference = await loadGrid(bytes);
      } catch {
        assert.throws(() => readGrid(bytes).sheets.forEach((sh) => sh.rows), WorkbookFormatError, `${name}: exceljs cannot open it, so it must be reported damaged`);
        continue;
      }
      const ours = readGrid(bytes);
      assert.deepEqual(normalise(ours), normalise(withExceljsZeroQuirk(reference, ours)), name);
      compared++;
    }
    assert.ok(compared >= 20, `compared ${compared} workbooks`);
  });

  it('leaves the rest of a row unread when told to, and every other row as it is', () => {
    const [, bytes] = all.find(([name]) => name.startsWith('filled ')) ?? ['', Buffer.alloc(0)];
    const rules = (_sheet: string, first: Cell): boolean => first.kind === 'string' && first.value.startsWith('rules.');
    const sheets = (grid: WorkbookGrid): { name: string; rows: readonly (readonly Cell[])[] }[] => grid.sheets.map((sh) => ({ name: sh.name, rows: sh.rows }));
    const whole = sheets(readGrid(bytes));
    const skipping = sheets(readGrid(bytes, { skipRow: rules }));
    const meta = (grid: typeof whole): readonly (readonly Cell[])[] => grid.find((sh) => sh.name === '_meta')?.rows ?? [];
    const carried = meta(whole).filter((r) => r[0]?.kind === 'string' && r[0].value.startsWith('rules.'));
    assert.ok(carried.length > 0 && carried.every((r) => r[1]?.kind === 'string' && r[1].value.length > 100), 'the workbook carries its rules');
    // Those rows keep their first cell alone; every other row of every sheet is the same.
    assert.deepEqual(meta(skipping), meta(whole).map((r) => (carried.includes(r) ? r.slice(0, 1) : r)));
    assert.deepEqual(skipping.filter((sh) => sh.name !== '_meta'), whole.filter((sh) => sh.name !== '_meta'));
  });

  it('reads the 1904 date system from the workbook properties', () => {
    const grid = readGrid(readFileSync(path.join(FOREIGN_XLSX, '1904.xlsx')));
    assert.equal(grid.date1904, true);
  });
});
