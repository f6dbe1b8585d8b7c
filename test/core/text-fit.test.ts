// The text-room estimates every writer sizes rows and columns with.

import assert from 'node:assert/strict';
import { columnWidthFor, fittedRowHeight, textWidth, widthForWords, wrappedLines } from '../../src/core';

describe('text fit', () => {
  it('measures text in characters of "0": narrow letters less, wide ones more, bold and larger text more', () => {
    assert.equal(textWidth('0000000000'), 10);
    assert.ok(textWidth('iiiiiiiiii') < 6);
    assert.ok(textWidth('mmmmmmmmmm') > 14);
    assert.ok(textWidth('Accessibility', { bold: true }) > textWidth('Accessibility'));
    assert.ok(textWidth('Total', { size: 14 }) > textWidth('Total'));
  });

  it('wraps at spaces, breaks a word only when it is wider than the cell, and keeps line breaks', () => {
    const cases: [text: string, width: number, lines: number][] = [
      ['', 10, 1],
      ['short', 10, 1],
      ['two words', 7, 2],
      ['one two three four five six seven eight nine ten', 20, 3],
      ['Individualization', 7, 3],
      ['first\nsecond\nthird', 40, 3],
    ];
    for (const [text, width, lines] of cases) assert.equal(wrappedLines(text, width), lines, `${JSON.stringify(text)} in ${width}`);
  });

  it('gives a row the height of its tallest wrapped cell, never less than one line', () => {
    assert.equal(fittedRowHeight([]), 15);
    assert.equal(fittedRowHeight([{ text: 'a', width: 10 }]), 15);
    assert.equal(fittedRowHeight([{ text: 'one two three four five six seven eight nine ten', width: 20 }, { text: 'x', width: 5 }]), 45);
    assert.ok(fittedRowHeight([{ text: 'a b c d e f g h', width: 3, size: 10 }]) < fittedRowHeight([{ text: 'a b c d e f g h', width: 3 }]));
  });

  it('widens a column until its header wraps only between words', () => {
    for (const header of ['Accessibility', 'Individualization', 'Warnings', 'Rate per 1,000 children']) {
      const width = columnWidthFor(header, 8);
      assert.equal(header.split(' ').every((w) => wrappedLines(w, width, { bold: true }) === 1), true, `${header} at ${width}`);
    }
    assert.equal(columnWidthFor('Id', 30), 30, 'never narrower than declared');
    assert.equal(widthForWords('a bb ccc'), Math.ceil(textWidth('ccc') + 1.5));
  });
});
