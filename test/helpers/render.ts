// Workbooks as a reader sees them on paper: converted to PDF by LibreOffice (one start for a whole
// batch, each file once per test run), read back with poppler's `pdftotext -bbox` into pages of words
// with their boxes and font sizes. The size is the box height over a ratio measured on a calibration
// workbook of known sizes rendered in the same batch, so a machine with other fonts cannot fool it.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { SOFFICE } from './external-tools';

const run = promisify(execFile);
export const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));
/** Both converters a rendering test needs. */
export const CAN_RENDER = SOFFICE !== undefined && PDFTOTEXT !== undefined;

export interface PdfWord {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  /** Font size in points, from the box height. */
  readonly size: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly words: readonly PdfWord[];
}

export interface RenderedPdf {
  readonly file: string;
  readonly pdf: string;
  readonly pages: readonly PdfPage[];
}

const CALIBRATION = '_calibration.xlsx';
const CALIBRATION_SIZES = [8, 10, 14] as const;
const cache = new Map<string, RenderedPdf>();
let workDir: string | null = null;

/** Box height over font size, as poppler reports it for the fonts LibreOffice used. */
let boxPerPoint: number | null = null;

/**
 * Converts each workbook to PDF (all that are not converted yet in one LibreOffice run) and reads
 * every page's words. Same bytes, same result: a workbook is converted once per test run.
 */
export async function renderWorkbooks(files: Readonly<Record<string, Buffer>>): Promise<Record<string, RenderedPdf>> {
  if (SOFFICE === undefined || PDFTOTEXT === undefined) throw new Error('LibreOffice and poppler-utils are needed to render');
  if (workDir === null) {
    workDir = mkdtempSync(path.join(tmpdir(), 'sa-render-'));
    // The PDFs live as long as the test run.
    process.once('exit', forgetRenders);
  }
  const dir = workDir;
  const keyOf = (name: string, bytes: Buffer): string => `${name}:${createHash('sha1').update(bytes).digest('hex')}`;
  const todo = Object.entries(files).filter(([name, bytes]) => !cache.has(keyOf(name, bytes)));
  if (todo.length > 0 || boxPerPoint === null) {
    const batch = path.join(dir, `batch-${cache.size}-${Date.now()}`);
    mkdirSync(path.join(batch, 'in'), { recursive: true });
    const inputs = todo.map(([name, bytes]) => {
      const file = path.join(batch, 'in', name);
      writeFileSync(file, bytes);
      return file;
    });
    if (boxPerPoint === null) {
      const cal = path.join(batch, 'in', CALIBRATION);
      writeFileSync(cal, await calibrationWorkbook());
      inputs.push(cal);
    }
    await run(SOFFICE, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', path.join(batch, 'out'), ...inputs], { timeout: 300_000 });
    if (boxPerPoint === null) boxPerPoint = await calibrate(path.join(batch, 'out', pdfName(CALIBRATION)));
    for (const [name, bytes] of todo) {
      const pdf = path.join(batch, 'out', pdfName(name));
      if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${name}`);
      cache.set(keyOf(name, bytes), { file: name, pdf, pages: await readPdfWords(pdf, boxPerPoint) });
    }
  }
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, cache.get(keyOf(name, bytes)) as RenderedPdf]));
}

/** Removes this run's PDFs and LibreOffice profile (done when the process exits). */
export function forgetRenders(): void {
  if (workDir !== null) rmSync(workDir, { recursive: true, force: true });
  workDir = null;
  cache.clear();
}

const pdfName = (name: string): string => name.replace(/\.[^.]+$/, '') + '.pdf';

async function calibrationWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Calibration');
  ws.getColumn(1).width = 40;
  CALIBRATION_SIZES.forEach((size, i) => {
    for (const [j, style] of [{}, { bold: true }, { italic: true }].entries()) {
      const cell = ws.getCell(i * 3 + j + 1, 1);
      cell.value = `Calibration ${size}`;
      cell.font = { size, ...style };
    }
  });
  ws.pageSetup = { scale: 100, orientation: 'portrait' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function calibrate(pdf: string): Promise<number> {
  const words = (await readPdfWords(pdf, 1)).flatMap((p) => p.words);
  const ratios = words
    .map((w, i) => ({ w, size: CALIBRATION_SIZES[Math.floor(i / 6)] }))
    .filter((x): x is { w: PdfWord; size: (typeof CALIBRATION_SIZES)[number] } => x.size !== undefined)
    .map(({ w, size }) => w.size / size);
  if (ratios.length !== CALIBRATION_SIZES.length * 6) throw new Error(`calibration page has ${words.length} words, expected ${CALIBRATION_SIZES.length * 6}`);
  const [lo, hi] = [Math.min(...ratios), Math.max(...ratios)];
  if (hi / lo > 1.04) throw new Error(`text box heights are not proportional to font sizes here (${lo.toFixed(3)}–${hi.toFixed(3)}): the font-size reading cannot be trusted`);
  return (lo + hi) / 2;
}

function attr(tag: string, name: string): number {
  const m = new RegExp(`${name}="([\\d.]+)"`).exec(tag);
  return m === null ? NaN : Number(m[1]);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? _);

/**
 * Every page's words from `pdftotext -raw -bbox`, with font size = box height / `ratio`. Raw is the
 * order LibreOffice drew them in, cell after cell: two wrapped cells side by side do not interleave.
 */
export async function readPdfWords(pdf: string, ratio: number): Promise<PdfPage[]> {
  const { stdout } = await run(PDFTOTEXT ?? 'pdftotext', ['-raw', '-bbox', pdf, '-'], { maxBuffer: 256 * 1024 * 1024 });
  const pages: { width: number; height: number; words: PdfWord[] }[] = [];
  for (const line of stdout.split('\n')) {
    if (line.includes('<page ')) pages.push({ width: attr(line, 'width'), height: attr(line, 'height'), words: [] });
    const m = /<word ([^>]*)>(.*)<\/word>/.exec(line);
    const page = pages[pages.length - 1];
    if (m === null || page === undefined) continue;
    const tag = m[1] ?? '';
    const [x0, y0, x1, y1] = ['xMin', 'yMin', 'xMax', 'yMax'].map((n) => attr(tag, n)) as [number, number, number, number];
    page.words.push({ text: unescape(m[2] ?? ''), x0, y0, x1, y1, size: (y1 - y0) / ratio });
  }
  return pages.map((p) => ({ ...p, words: p.words.map((w, i) => (isVertical(p.words, i) ? { ...w, size: (w.x1 - w.x0) / ratio } : w)) }));
}

/**
 * Text turned on its side (a chart's vertical axis title) has boxes as wide as the font is high and
 * as tall as the word is long: its words share their left and right edges, their heights differ.
 * (A column of equal cells, "*" under "*", shares edges and heights: that is not turned text.)
 */
function isVertical(words: readonly PdfWord[], i: number): boolean {
  const w = words[i];
  if (w === undefined) return false;
  const same = (o: PdfWord | undefined): boolean =>
    o !== undefined && Math.abs(o.x0 - w.x0) < 0.01 && Math.abs(o.x1 - w.x1) < 0.01 && Math.abs(o.y1 - o.y0 - (w.y1 - w.y0)) > 0.5;
  return same(words[i - 1]) || same(words[i + 1]);
}

/** The smallest text in the document, and where. */
export function smallestText(doc: RenderedPdf): { size: number; word: string; page: number } {
  let best = { size: Infinity, word: '', page: 0 };
  doc.pages.forEach((p, i) => {
    for (const w of p.words) if (w.size < best.size) best = { size: w.size, word: w.text, page: i + 1 };
  });
  return best;
}

/**
 * Whitespace as one space, and none after a hyphen, dash or slash: a client may wrap a line there
 * ("moderate-" / "risk"), which is no cut.
 */
const squash = (s: string): string => s.replace(/\s+/g, ' ').replace(/([-–/]) /g, '$1').trim();

/** The page's words in drawing order, one space apart: a cell's words stay together, line after line. */
export function pageText(page: PdfPage): string {
  return page.words.map((w) => w.text).join(' ');
}

/**
 * Texts that do not appear whole, word for word, on any page: a label cut at its cell's edge, a row
 * too short for its wrapped lines, or a word broken inside ("Accessibilit y").
 */
export function missingTexts(doc: RenderedPdf, texts: Iterable<string>): string[] {
  const pages = doc.pages.map((p) => ` ${squash(pageText(p))} `);
  const missing: string[] = [];
  for (const t of new Set([...texts].map(squash).filter((t) => t !== ''))) {
    if (!pages.some((p) => p.includes(` ${t} `))) missing.push(t);
  }
  return missing;
}

/** The 1-based pages whose text holds `text` whole. */
export function pagesWith(doc: RenderedPdf, text: string): number[] {
  const t = ` ${squash(text)} `;
  return doc.pages.flatMap((p, i) => (` ${squash(pageText(p))} `.includes(t) ? [i + 1] : []));
}

/** A PDF's pages as PNG files (for looking at, not for asserting): `pdftoppm -png -r <dpi>`. */
export async function pngPages(doc: RenderedPdf, outPrefix: string, dpi = 60): Promise<void> {
  await run('pdftoppm', ['-png', '-r', String(dpi), doc.pdf, outPrefix]);
}
