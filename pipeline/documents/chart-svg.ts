// A core chart description (snapshot-charts.ts) drawn as SVG for a document: bars for breakdowns,
// categories top to bottom with the value at each bar; lines for trends, told apart by colour, dash and
// marker, with a legend. A suppressed value (null) draws nothing but the marker: no bar, no point.
// Units are points, so a chart placed at its own width prints its text at 10 pt.

import { formatNumber } from '../../src/core/documents';
import { type ChartSpec } from '../../src/core/charts';
import { ECOMAP_FONT } from '../engagement/ecomap-svg';

export interface ChartPicture {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const FONT = 10;
/** DejaVu Sans is wide: an average character is about 0.6 em. */
const CHAR = FONT * 0.6;
const INK = '#262626';
const GRID = '#D9D9D9';
const BAR = '#2F5597';
const SERIES = [
  { colour: '#1F4E79', dash: '', marker: 'circle' },
  { colour: '#C55A11', dash: '7 4', marker: 'square' },
  { colour: '#548235', dash: '2 3', marker: 'triangle' },
] as const;

export function chartSvg(c: ChartSpec, width: number, marker: string): ChartPicture {
  return c.kind === 'bar' ? barChart(c, width, marker) : lineChart(c, width, marker);
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const n = (v: number): string => String(Math.round(v * 10) / 10);
const text = (x: number, y: number, s: string, extra = '', fill = INK): string => `<text x="${n(x)}" y="${n(y)}" font-size="${FONT}" fill="${fill}"${extra}>${esc(s)}</text>`;

/** Words to lines no wider than `chars` characters (a long word keeps its own line). */
function wrap(s: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of s.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Round tick steps (1, 2 or 5 × 10ⁿ) covering 0..max in about five steps. */
function ticks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * power).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = 0; v < max + step / 2; v += step) out.push(Math.round(v * 1e9) / 1e9);
  if ((out[out.length - 1] ?? 0) < max) out.push((out[out.length - 1] ?? 0) + step);
  return out;
}

function open(width: number, height: number, c: ChartSpec): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${ECOMAP_FONT}">`,
    `<title>${esc(c.title)}</title>`,
    `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#FFFFFF"/>`,
  ];
}

function barChart(c: ChartSpec, width: number, marker: string): ChartPicture {
  const values = c.series[0]?.values ?? [];
  const labelChars = Math.floor((width * 0.34) / CHAR);
  const labels = c.categories.map((cat) => wrap(cat, labelChars));
  const labelWidth = Math.min(width * 0.34, Math.max(...labels.flat().map((l) => l.length * CHAR), 40)) + 8;
  const shown = values.filter((v): v is number => v !== null);
  const scale = ticks(Math.max(0, ...shown));
  const top = scale[scale.length - 1] ?? 1;
  const x0 = labelWidth;
  const plot = width - x0 - 8 * CHAR;
  const head = 18;
  const rowHeights = labels.map((l) => Math.max(20, l.length * 12 + 8));
  const rowsHeight = rowHeights.reduce((a, b) => a + b, 0);
  const height = head + rowsHeight + 36;
  const out = open(width, height, c);
  out.push(text(0, 12, c.categoryAxisTitle, ' font-weight="bold"'));
  for (const t of scale) {
    const x = x0 + (t / top) * plot;
    out.push(`<line x1="${n(x)}" y1="${head}" x2="${n(x)}" y2="${n(head + rowsHeight)}" stroke="${GRID}" stroke-width="0.6"/>`);
    out.push(text(x, head + rowsHeight + 13, formatNumber(t, c.numberFormat), ' text-anchor="middle"'));
  }
  out.push(text(x0 + plot / 2, head + rowsHeight + 30, c.valueAxisTitle, ' text-anchor="middle"'));
  let y = head;
  labels.forEach((lines, i) => {
    const h = rowHeights[i] ?? 20;
    const mid = y + h / 2;
    lines.forEach((line, k) => out.push(text(x0 - 8, mid - ((lines.length - 1) * 12) / 2 + k * 12 + 3.5, line, ' text-anchor="end"')));
    const v = values[i] ?? null;
    if (v === null) {
      out.push(text(x0 + 4, mid + 3.5, marker, '', '#595959'));
    } else {
      const w = (v / top) * plot;
      if (w > 0) out.push(`<rect x="${n(x0)}" y="${n(mid - 6)}" width="${n(w)}" height="12" fill="${BAR}"/>`);
      out.push(text(x0 + w + 4, mid + 3.5, formatNumber(v, c.numberFormat)));
    }
    y += h;
  });
  out.push(`<line x1="${n(x0)}" y1="${head}" x2="${n(x0)}" y2="${n(head + rowsHeight)}" stroke="${INK}" stroke-width="0.8"/>`);
  out.push('</svg>');
  return { svg: `${out.join('\n')}\n`, width, height };
}

function markerShape(kind: (typeof SERIES)[number]['marker'], x: number, y: number, colour: string): string {
  if (kind === 'circle') return `<circle cx="${n(x)}" cy="${n(y)}" r="3.2" fill="${colour}"/>`;
  if (kind === 'square') return `<rect x="${n(x - 3)}" y="${n(y - 3)}" width="6" height="6" fill="${colour}"/>`;
  return `<path d="M${n(x)},${n(y - 3.8)} L${n(x + 3.6)},${n(y + 2.8)} L${n(x - 3.6)},${n(y + 2.8)} z" fill="${colour}"/>`;
}

function lineChart(c: ChartSpec, width: number, marker: string): ChartPicture {
  const all = c.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const scale = ticks(Math.max(0, ...all));
  const top = scale[scale.length - 1] ?? 1;
  const left = 20 + Math.max(...scale.map((t) => formatNumber(t, c.numberFormat).length)) * CHAR + 6;
  const right = 10;
  const plotTop = 10;
  const plotHeight = 170;
  const plot = width - left - right;
  const step = plot / Math.max(1, c.categories.length);
  // Labels wider than their slot alternate between two rows, so none overlaps its neighbour.
  const stagger = Math.max(...c.categories.map((cat) => cat.length * CHAR)) > step - 4;
  const axisBottom = plotTop + plotHeight;
  const legendTop = axisBottom + (stagger ? 44 : 30);
  // Legend entries side by side while they fit, else one to a row.
  const entryWidth = Math.max(...c.series.map((s) => 34 + s.name.length * CHAR));
  const perRow = Math.max(1, Math.min(c.series.length, Math.floor(plot / (entryWidth + 12))));
  const legendRows = Math.ceil(c.series.length / perRow);
  const height = legendTop + legendRows * 16 + 18;
  const out = open(width, height, c);
  const xAt = (i: number): number => left + step * (i + 0.5);
  const yAt = (v: number): number => axisBottom - (v / top) * plotHeight;
  for (const t of scale) {
    out.push(`<line x1="${n(left)}" y1="${n(yAt(t))}" x2="${n(width - right)}" y2="${n(yAt(t))}" stroke="${GRID}" stroke-width="0.6"/>`);
    out.push(text(left - 6, yAt(t) + 3.5, formatNumber(t, c.numberFormat), ' text-anchor="end"'));
  }
  out.push(text(10, plotTop + plotHeight / 2, c.valueAxisTitle, ` text-anchor="middle" transform="rotate(-90 10 ${n(plotTop + plotHeight / 2)})"`));
  c.categories.forEach((cat, i) => out.push(text(xAt(i), axisBottom + 14 + (stagger && i % 2 === 1 ? 12 : 0), cat, ' text-anchor="middle"')));
  out.push(`<line x1="${n(left)}" y1="${n(axisBottom)}" x2="${n(width - right)}" y2="${n(axisBottom)}" stroke="${INK}" stroke-width="0.8"/>`);
  c.series.forEach((s, k) => {
    const style = SERIES[k % SERIES.length] ?? SERIES[0];
    // A suppressed value breaks the line: each run of known values is its own path.
    let run: string[] = [];
    const flush = (): void => {
      if (run.length > 1) out.push(`<polyline points="${run.join(' ')}" fill="none" stroke="${style.colour}" stroke-width="2"${style.dash === '' ? '' : ` stroke-dasharray="${style.dash}"`}/>`);
      run = [];
    };
    s.values.forEach((v, i) => {
      if (v === null) return flush();
      run.push(`${n(xAt(i))},${n(yAt(v))}`);
    });
    flush();
    s.values.forEach((v, i) => {
      if (v !== null) out.push(markerShape(style.marker, xAt(i), yAt(v), style.colour));
    });
    const lx = left + (k % perRow) * (plot / perRow);
    const ly = legendTop + Math.floor(k / perRow) * 16;
    out.push(`<line x1="${n(lx)}" y1="${n(ly)}" x2="${n(lx + 26)}" y2="${n(ly)}" stroke="${style.colour}" stroke-width="2"${style.dash === '' ? '' : ` stroke-dasharray="${style.dash}"`}/>`, markerShape(style.marker, lx + 13, ly, style.colour), text(lx + 32, ly + 3.5, s.name));
  });
  if (c.series.some((s) => s.values.includes(null))) out.push(text(width - right, height - 4, `A gap: ${marker} suppressed`, ' text-anchor="end"', '#595959'));
  out.push('</svg>');
  return { svg: `${out.join('\n')}\n`, width, height };
}
