// How much room text needs in a spreadsheet cell: widths in Excel's column unit (the width of "0" in
// the default 11 pt font) and row heights in points, for the writers that must set them because
// LibreOffice and some Excel builds never grow a row on open. Pure estimates, generous on purpose.

/** Font size and weight of a cell's text; 11 pt regular when not given. */
export interface TextStyle {
  readonly size?: number;
  readonly bold?: boolean;
}

/** One cell of a row: its text and the width (in characters) it may wrap within. */
export interface FitCell extends TextStyle {
  readonly text: string;
  readonly width: number;
}

export const DEFAULT_FONT_SIZE = 11;

/**
 * Points per character of column width where a column is widest: LibreOffice without Calibri or
 * Carlito measures columns in DejaVu Sans, 7 pt per "0" at 11 pt (Excel: about 5.25 pt). Print
 * layouts are reckoned with it, so they fit every client.
 */
export const PT_PER_CHAR = 7;
/** Excel's default row height for 11 pt text. */
export const DEFAULT_ROW_HEIGHT = 15;

/**
 * Widths of characters relative to "0", from the widest fallback LibreOffice uses for Calibri (DejaVu
 * Sans, where "0" is 0.636 em): Calibri and Arial are narrower, so text that fits here fits there too.
 */
const CLASSES: readonly (readonly [width: number, chars: string])[] = [
  [0.48, "ijl.,:;'|!IJ ’"],
  [0.64, 'ftr()[]-/\\"*‘“”'],
  [0.88, 'szc'],
  [1.12, 'ABCEFHKLNPRSTUVXYZ'],
  [1.3, 'wM&OQGD'],
  [1.32, '+=<>#'],
  [1.58, 'mW@%—'],
];

/** Width by character code, for the characters up to U+206F; any other counts as 1. */
const WIDTHS = (() => {
  const table = new Float64Array(0x2070).fill(1);
  for (const [width, chars] of CLASSES) for (const ch of chars) table[ch.charCodeAt(0)] = width;
  return table;
})();

const scale = (style: TextStyle | undefined): number => ((style?.size ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE) * (style?.bold === true ? 1.12 : 1);

/** Width of one line of text, in characters of the default font. */
export function textWidth(text: string, style?: TextStyle): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += WIDTHS[text.charCodeAt(i)] ?? 1;
  return w * scale(style);
}

/**
 * A cell keeps padding, and a client fills a line less tightly than the widths above add up to
 * (LibreOffice wraps a 52-character paragraph a line earlier than the sum says): text is laid out
 * in FILL of what is left after PADDING. Checked against LibreOffice's own optimal row heights.
 */
const PADDING = 1.5;
const FILL = 0.93;
const usable = (width: number): number => Math.max((width - PADDING) * FILL, 1);

/** The column width (characters) in which text `width` characters wide fits on one line. */
export function widthToHold(width: number): number {
  return width / FILL + PADDING;
}

/** Lines the text takes when wrapped at spaces within `width` characters (a longer word breaks inside). */
export function wrappedLines(text: string, width: number, style?: TextStyle): number {
  const room = usable(width);
  // Most cells hold one short line: measured without splitting (rows of a statewide plan by the ten thousand).
  if (!text.includes('\n') && textWidth(text, style) <= room) return 1;
  const space = textWidth(' ', style);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      if (word === '') continue;
      const w = textWidth(word, style);
      if (used > 0 && used + space + w <= room) used += space + w;
      else {
        if (used > 0) lines += 1;
        // A word wider than the cell breaks inside, onto as many lines as it needs.
        lines += Math.max(Math.ceil(w / room), 1) - 1;
        used = w - Math.floor(w / room - 1e-9) * room;
      }
    }
  }
  return Math.max(lines, 1);
}

/** The height of one line of text in points: Excel gives 11 pt text 15 pt a line. */
export function lineHeight(style?: TextStyle): number {
  return ((style?.size ?? DEFAULT_FONT_SIZE) * DEFAULT_ROW_HEIGHT) / DEFAULT_FONT_SIZE;
}

/** The row height (points) that shows every line of every wrapped cell, never under `minimum`. */
export function fittedRowHeight(cells: readonly FitCell[], minimum = DEFAULT_ROW_HEIGHT): number {
  let height = minimum;
  for (const c of cells) {
    if (c.text === '') continue;
    height = Math.max(height, wrappedLines(c.text, c.width, c) * lineHeight(c));
  }
  return Math.ceil(height * 4) / 4;
}

/** The narrowest column (characters) in which no word of `text` has to break inside. */
export function widthForWords(text: string, style?: TextStyle): number {
  const widest = Math.max(0, ...text.split(/\s+/).map((w) => textWidth(w, style)));
  return Math.ceil(widthToHold(widest));
}

/** A column at least `declared` wide and wide enough that its header wraps only between words. */
export function columnWidthFor(header: string, declared: number, headerStyle: TextStyle = { bold: true }): number {
  return Math.max(declared, widthForWords(header, headerStyle));
}
