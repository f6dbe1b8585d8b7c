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

/**
 * Width by character code in hundredths, for every UTF-16 code unit (beyond U+206F each counts as 1):
 * whole numbers, so a sum stays a small integer and a loop over the characters never boxes a double,
 * and no lookup falls outside the table.
 */
const WIDTHS = (() => {
  const table = new Uint16Array(0x10000).fill(100);
  for (const [width, chars] of CLASSES) for (const ch of chars) table[ch.charCodeAt(0)] = Math.round(width * 100);
  return table;
})();
const charWidth = (code: number): number => WIDTHS[code] ?? 100;

const scale = (style: TextStyle | undefined): number => ((style?.size ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE) * (style?.bold === true ? 1.12 : 1);

/** Width of one line of text, in characters of the default font. */
export function textWidth(text: string, style?: TextStyle): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += charWidth(text.charCodeAt(i));
  return (w / 100) * scale(style);
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

/** The widest character, in characters of "0": a text shorter than the room by this measure fits unmeasured. */
const WIDEST = Math.max(1, ...CLASSES.map(([w]) => w));

/** True when the text is surely one line in `width` characters, from its length alone. */
export function fitsUnmeasured(text: string, width: number, style?: TextStyle): boolean {
  return text.length * WIDEST * scale(style) <= usable(width) && !text.includes('\n');
}

/**
 * Lines the text takes when wrapped at spaces within `width` characters (a longer word breaks
 * inside). One pass over the characters, nothing split or allocated, and a short text not even
 * that: rows of a statewide plan are measured by the ten thousand.
 */
export function wrappedLines(text: string, width: number, style?: TextStyle): number {
  if (fitsUnmeasured(text, width, style)) return 1;
  const k = scale(style);
  const room = usable(width);
  const space = (charWidth(32) / 100) * k;
  let lines = 1;
  let used = 0;
  let word = 0;
  let chars = 0;
  for (let i = 0; i <= text.length; i++) {
    // The end of the text ends its last word, as a space does.
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (code !== 32 && code !== 10) {
      word += charWidth(code);
      chars += 1;
      continue;
    }
    if (chars > 0) {
      const w = (word / 100) * k;
      if (used > 0 && used + space + w <= room) used += space + w;
      else {
        if (used > 0) lines += 1;
        // A word wider than the cell breaks inside, onto as many lines as it needs.
        lines += Math.max(Math.ceil(w / room), 1) - 1;
        used = w - Math.floor(w / room - 1e-9) * room;
      }
      word = 0;
      chars = 0;
    }
    if (code === 10) {
      lines += 1;
      used = 0;
    }
  }
  return lines;
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
