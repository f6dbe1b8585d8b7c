// Renders a core DocumentSpec as a Word file with the `docx` package: named styles for everything
// (Word users restyle the whole document from the Styles pane; nothing is formatted by hand), the
// seven sections as real headings, tables whose header row repeats on every page, charts as SVG with
// a PNG fallback, and headers and footers with the jurisdiction, the subject, the draft date and
// "Page n of m". No text is smaller than 10 pt.

import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  HeightRule,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';
import type { Block, DocumentPart, DocumentSpec, TableColumn } from '../../src/core/documents';
import type { ChartSpec } from '../../src/core/charts';
import { GENERATOR } from '../version';
import { renderPng } from '../engagement/ecomap-png';
import { chartSvg } from './chart-svg';

/** Twentieths of a point. US Letter with one-inch margins. */
const PAGE = { width: 12240, height: 15840, margin: 1440 } as const;
const textWidth = (orientation: DocumentPart['orientation']): number => (orientation === 'portrait' ? PAGE.width : PAGE.height) - 2 * PAGE.margin;
const FONT = 'Calibri';
/** Half-points. */
const SIZE = { body: 22, small: 20, title: 44, subtitle: 26, h1: 32, h2: 26, h3: 23 } as const;
const ACCENT = '1F3864';

const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: SIZE.body }, paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } } },
    title: { run: { font: FONT, size: SIZE.title, bold: true, color: ACCENT }, paragraph: { spacing: { after: 60 } } },
    heading1: { run: { font: FONT, size: SIZE.h1, bold: true, color: ACCENT }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true } },
    heading2: { run: { font: FONT, size: SIZE.h2, bold: true, color: ACCENT }, paragraph: { spacing: { before: 240, after: 100 }, keepNext: true, keepLines: true } },
    heading3: { run: { font: FONT, size: SIZE.h3, bold: true, color: '262626' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true } },
  },
  paragraphStyles: [
    { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: SIZE.subtitle, color: '404040' }, paragraph: { spacing: { after: 240 } } },
    { id: 'TableText', name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: { size: SIZE.small }, paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } } },
    { id: 'TableHeading', name: 'Table Heading', basedOn: 'TableText', quickFormat: true, run: { bold: true }, paragraph: { keepNext: true } },
    { id: 'Fact', name: 'Fact', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 }, indent: { left: 360, hanging: 360 } } },
    { id: 'Note', name: 'Note', basedOn: 'Normal', quickFormat: true, run: { size: SIZE.small, color: '404040' } },
    { id: 'Placeholder', name: 'Placeholder', basedOn: 'Normal', quickFormat: true, run: { italics: true, color: '833C0B' }, paragraph: { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF2CC' }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'BF8F00', space: 6 } } } },
    { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: SIZE.small, italics: true, color: '404040' }, paragraph: { spacing: { before: 60, after: 200 } } },
    { id: 'Figure', name: 'Figure', basedOn: 'Normal', quickFormat: true, paragraph: { keepNext: true, spacing: { before: 120, after: 0 } } },
    { id: 'Header', name: 'header', basedOn: 'Normal', run: { size: SIZE.small, color: '404040' }, paragraph: { spacing: { after: 0 } } },
    { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: SIZE.small, color: '404040' }, paragraph: { spacing: { after: 0 } } },
  ],
  characterStyles: [{ id: 'FactLabel', name: 'Fact Label', basedOn: 'DefaultParagraphFont', quickFormat: true, run: { bold: true } }],
};

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Pictures drawn once per run, whatever the number of documents that show them. */
export type ChartCache = Map<string, { svg: Buffer; png: Buffer; width: number; height: number }>;

export async function renderDocx(spec: DocumentSpec, marker: string, charts: ChartCache = new Map()): Promise<Buffer> {
  const doc = new Document({
    creator: GENERATOR,
    title: spec.title,
    subject: spec.subject,
    description: `Drafted by ${GENERATOR}`,
    styles: STYLES,
    sections: spec.parts.map((part) => section(spec, part, marker, charts)),
  });
  return Packer.toBuffer(doc);
}

function section(spec: DocumentSpec, part: DocumentPart, marker: string, charts: ChartCache): ISectionOptions {
  const width = textWidth(part.orientation);
  return {
    properties: { page: { size: { width: PAGE.width, height: PAGE.height, orientation: part.orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 720, footer: 720 } } },
    headers: { default: new Header({ children: [new Paragraph({ style: 'Header', tabStops: [{ type: TabStopType.RIGHT, position: width }], children: [new TextRun(part.header.left), new TextRun({ children: [new Tab(), part.header.right] })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ style: 'Footer', tabStops: [{ type: TabStopType.RIGHT, position: width }], children: [new TextRun(spec.footer), new TextRun({ children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })] }) },
    children: part.blocks.flatMap((b) => render(b, width, marker, charts)),
  };
}

/** Text with line breaks as runs with breaks, so a cell or fact keeps its lines. */
function runs(text: string, style?: string): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i === 0 ? 0 : 1, ...(style === undefined ? {} : { style }) }));
}

function render(b: Block, width: number, marker: string, charts: ChartCache): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'title':
      return [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(b.text) }), new Paragraph({ style: 'Subtitle', children: runs(b.subtitle) })];
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level], children: runs(b.text) })];
    case 'paragraph':
      return [new Paragraph({ ...(b.style === 'placeholder' ? { style: 'Placeholder' } : b.style === 'note' ? { style: 'Note' } : {}), children: runs(b.text) })];
    case 'facts':
      return b.rows.map(([label, text]) => new Paragraph({ style: 'Fact', children: label === '' ? runs(text) : [new TextRun({ text: label, style: 'FactLabel' }), ...runs(`: ${text}`)] }));
    case 'table':
      return [table(b.columns, b.rows, width, b.tall === true, b.blankRows ?? 0), new Paragraph({ style: 'TableText', children: [] })];
    case 'figure':
      return figure(b.chart, b.caption, b.description, width, marker, charts);
  }
}

function table(columns: readonly TableColumn[], rows: readonly (readonly string[])[], width: number, tall: boolean, blank: number): Table {
  const widths = columnWidths(columns, rows, width);
  const cell = (text: string, i: number, header: boolean): TableCell =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } } : {}),
      children: [new Paragraph({ style: header ? 'TableHeading' : 'TableText', ...(columns[i]?.align === 'right' && !header ? { alignment: AlignmentType.RIGHT } : {}), children: runs(text) })],
    });
  const height = tall ? { height: { value: 620, rule: HeightRule.ATLEAST } } : {};
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // Once for the table rather than on each cell: a statewide report has 70,000 cells.
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.header, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, ...height, children: columns.map((_, i) => cell(r[i] ?? '', i, false)) })),
      ...Array.from({ length: blank }, () => new TableRow({ cantSplit: true, ...height, children: columns.map((_, i) => cell('', i, false)) })),
    ],
  });
}

/**
 * Twips per column: the relative widths, but never so narrow that a word of the header (or a short
 * word of the cells) breaks inside, reckoned for the widest font a client may substitute for Calibri
 * (DejaVu Sans, where Calibri is not installed).
 */
function columnWidths(columns: readonly TableColumn[], rows: readonly (readonly string[])[], width: number): number[] {
  const longest = (text: string): number => Math.max(0, ...text.split(/[\s/]+/).map((w) => w.length));
  const minimum = columns.map((c, i) => {
    const header = longest(c.header) * 6.9;
    const cells = Math.min(12, Math.max(0, ...rows.map((r) => longest(r[i] ?? '')))) * 5.9;
    return (Math.max(header, cells) + 10) * 20;
  });
  const least = minimum.reduce((a, b) => a + b, 0);
  // Too many columns for their words: each gets its minimum's share.
  if (least >= width) return minimum.map((m) => Math.floor((m * width) / least));
  const total = columns.reduce((n, c) => n + c.width, 0) || 1;
  let widths = columns.map((c, i) => Math.max(minimum[i] ?? 0, (c.width / total) * width));
  // What the minimums took is taken back from the columns above theirs, in proportion.
  for (let pass = 0; pass < 3; pass++) {
    const excess = widths.reduce((a, b) => a + b, 0) - width;
    if (excess <= 1) break;
    const room = widths.map((w, i) => Math.max(0, w - (minimum[i] ?? 0)));
    const spare = room.reduce((a, b) => a + b, 0);
    widths = spare <= 0 ? widths.map((w) => (w * width) / (width + excess)) : widths.map((w, i) => w - (excess * (room[i] ?? 0)) / spare);
  }
  return widths.map((w) => Math.floor(w));
}

/** Word shows the SVG where it can and the PNG elsewhere; both come from the same drawing. */
function figure(chart: ChartSpec, caption: string, description: string, width: number, marker: string, charts: ChartCache): Paragraph[] {
  const pt = width / 20;
  const key = `${chart.id}:${pt}`;
  let picture = charts.get(key);
  if (picture === undefined) {
    const drawn = chartSvg(chart, pt, marker);
    picture = { svg: Buffer.from(drawn.svg), png: renderPng(drawn.svg, drawn.width, drawn.height, 3).data, width: drawn.width, height: drawn.height };
    charts.set(key, picture);
  }
  // docx sizes images in pixels at 96 per inch; the drawing is in points (72 per inch).
  const px = (points: number): number => Math.round((points * 96) / 72);
  return [
    new Paragraph({
      style: 'Figure',
      children: [new ImageRun({ type: 'svg', data: picture.svg, fallback: { type: 'png', data: picture.png }, transformation: { width: px(picture.width), height: px(picture.height) }, altText: { name: chart.id, title: chart.title, description } })],
    }),
    new Paragraph({ style: 'Caption', children: runs(caption) }),
  ];
}
