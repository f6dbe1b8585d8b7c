// JSON errors in words with line and column: the scanner is held to JSON.parse (the reference) on
// seeded mutations of the sample jurisdiction file — same verdict, and the same place wherever
// JSON.parse names one.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { firstJsonError, formatIssue, lineAndColumn, parseJsonText } from '../../src/core';
import { ROOT } from '../helpers/fixtures';

const SAMPLE = readFileSync(path.join(ROOT, 'samples/jurisdiction.json'), 'utf8');

/** A small seeded generator (mulberry32), so every run mutates the same way. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('JSON text', () => {
  it('says where a stray comma is, by line and column, with the line', () => {
    const text = '{\n  "formatVersion": 1,\n  "jurisdiction": { "id": "x", },\n}';
    const r = parseJsonText(text, 'jurisdiction.json');
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(
      formatIssue(r.issue).split('. ')[0],
      'Not valid JSON: expected another "name": value after the comma (or remove the comma), found "}" in `"jurisdiction": { "id": "x", },` (jurisdiction.json › line 3 column 32)',
    );
    assert.equal(r.issue.code, 'CONFIG_NOT_JSON');
  });

  it('names a missing comma between two lines, a missing quote and the end of the file', () => {
    const where = (text: string): string => {
      const r = parseJsonText(text, 'j.json');
      return r.ok ? 'valid' : `${r.issue.row}:${r.issue.column} ${r.issue.message}`;
    };
    assert.match(where('{\n  "a": 1\n  "b": 2\n}'), /^3:3 Not valid JSON: expected a comma , or a closing \}, found """/);
    assert.match(where('{"a": "unfinished}'), /^1:19 Not valid JSON: expected a closing quote ", found the end of the file/);
    assert.match(where('{"a": [1, 2'), /^1:12 Not valid JSON: expected a comma , or a closing \], found the end of the file/);
    assert.match(where('\uFEFF{"a": tru}'), /^1:10 .*expected "true"/);
    assert.equal(where('\uFEFF{"a": true}'), 'valid');
  });

  it('counts lines across LF, CRLF and CR', () => {
    assert.deepEqual(lineAndColumn('a\r\nb\nc\rd', 7), { line: 4, column: 1 });
    assert.deepEqual(lineAndColumn('abc', 2), { line: 1, column: 3 });
  });

  it('agrees with JSON.parse on 3,000 seeded mutations of the sample file', () => {
    const rnd = random(15);
    const pieces = [',', '}', ']', '"', ':', '{', '[', ' ', '\n', 'x', '\\', '1', '-', '.', 'e', 'true', 'nul', '\t', '\u0001'];
    let invalid = 0;
    let placed = 0;
    for (let n = 0; n < 3000; n++) {
      let text = SAMPLE;
      for (let k = 1 + Math.floor(rnd() * 2); k > 0; k--) {
        const at = Math.floor(rnd() * text.length);
        const op = rnd();
        const piece = pieces[Math.floor(rnd() * pieces.length)] ?? ',';
        text = op < 0.4 ? text.slice(0, at) + text.slice(at + 1) : op < 0.8 ? text.slice(0, at) + piece + text.slice(at) : text.slice(0, at) + piece + text.slice(at + 1);
      }
      let reference: string | null = null;
      try {
        JSON.parse(text);
      } catch (e) {
        reference = (e as Error).message;
      }
      const ours = parseJsonText(text, 'j.json');
      assert.equal(ours.ok, reference === null, `verdict differs on mutation ${n}: ${reference ?? 'valid'}`);
      if (reference === null) continue;
      invalid++;
      const position = /at position (\d+)/.exec(reference);
      if (position !== null) {
        placed++;
        assert.equal(firstJsonError(text).offset, Number(position[1]), `mutation ${n}: ${reference}`);
      }
    }
    assert.ok(invalid > 1000 && placed > 800, `${invalid} invalid, ${placed} with a position`);
  });
});
