import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsv, sniffEncoding, sniffLayout } from '../../../pipeline/snapshot/csv-reader';
import type { Issue } from '../../../src/core/issue';

const dir = mkdtempSync(join(tmpdir(), 'snapshot-csv-'));

async function read(name: string, bytes: Buffer | string) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const rows: [number, string[]][] = [];
  let headers: readonly string[] = [];
  const malformed: Issue[] = [];
  const result = await readCsv(path, name, {
    header: (h) => {
      headers = h;
      return [];
    },
    row: (f, line) => {
      rows.push([line, [...f]]);
    },
    malformed: (i) => malformed.push(i),
  });
  return { headers, rows, result, malformed };
}

describe('CSV reader', () => {
  it('strips a UTF-8 BOM and keeps accented names', async () => {
    const r = await read('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Child ID,Name\n1,José\n')]));
    assert.deepEqual(r.headers, ['Child ID', 'Name']);
    assert.deepEqual(r.rows, [[2, ['1', 'José']]]);
    assert.equal(r.result.format.encoding, 'utf-8');
  });

  it('decodes Windows-1252', async () => {
    const r = await read('cp1252.csv', Buffer.from([...Buffer.from('id,name\r\n1,Jos'), 0xe9, ...Buffer.from(' M'), 0x96, ...Buffer.from('ller\r\n')]));
    assert.equal(r.result.format.encoding, 'windows-1252');
    assert.deepEqual(r.rows, [[2, ['1', 'José M–ller']]]);
  });

  it('finds semicolons and tabs, and honours an Excel sep= line in the line numbers', async () => {
    assert.deepEqual((await read('semi.csv', 'a;b;c\n1;2,5;3\n')).rows, [[2, ['1', '2,5', '3']]]);
    assert.deepEqual((await read('tab.csv', 'a\tb\n1\t2\n')).rows, [[2, ['1', '2']]]);
    const sep = await read('sep.csv', 'sep=;\r\na;b\r\n1;2\r\n3;4\r\n');
    assert.deepEqual(sep.headers, ['a', 'b']);
    assert.deepEqual(sep.rows, [[3, ['1', '2']], [4, ['3', '4']]]);
    assert.equal(sep.result.format.sepLine, true);
  });

  it('counts file lines across quoted newlines, CRLF and blank lines', async () => {
    const r = await read('quoted.csv', 'id,note\r\n1,"two\r\nlines"\r\n\r\n2,"a ""quote"""\r\n,\r\n3,x\r\n\r\n\r\n');
    assert.deepEqual(r.rows, [[2, ['1', 'two\r\nlines']], [5, ['2', 'a "quote"']], [7, ['3', 'x']]]);
    assert.equal(r.result.format.newline, '\r\n');
  });

  it('keeps rows whole across chunk boundaries', async () => {
    const lines = ['id,text'];
    for (let i = 0; i < 20000; i++) lines.push(`${String(i).padStart(6, '0')},"value ${i}${i % 1000 === 0 ? '\nsecond line' : ''}"`);
    const r = await read('big.csv', lines.join('\n'));
    assert.equal(r.rows.length, 20000);
    assert.deepEqual(r.rows[1], [3 + 1, ['000001', 'value 1']], 'row 0 spans two lines');
    assert.deepEqual(r.rows.at(-1), [20000 + 1 + 20, ['019999', 'value 19999']]);
  });

  it('reports an unclosed quote with its line', async () => {
    const r = await read('unclosed.csv', 'id,note\n1,ok\n2,"never closed\n');
    assert.deepEqual(r.rows, [[2, ['1', 'ok']]]);
    assert.deepEqual(r.malformed.map((i) => [i.code, i.row]), [['CSV_MALFORMED', 3]]);
  });

  it('sniffs layouts from text', () => {
    assert.deepEqual(sniffLayout('a|b|c\n'), { delimiter: '|', newline: '\n', sepLine: false, skip: 0 });
    assert.deepEqual(sniffEncoding(Uint8Array.from([0xff, 0xfe, 0x41, 0])), { encoding: 'utf-16le', bomBytes: 2 });
  });
});
