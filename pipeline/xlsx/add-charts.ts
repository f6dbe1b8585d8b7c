// Puts charts into a workbook package exceljs wrote (exceljs 4.4 writes none): for each sheet with
// charts, a drawing part with their anchors, one chart part each, the relationships between them,
// the sheet's `<drawing r:id>` in its schema position, and the content types. The rest of the
// package is left byte for byte as exceljs wrote it (see zip-edit).

import type { ChartPlacement } from '../../src/core/snapshot-layout';
import { chartXml, drawingXml } from './chart-xml';
import { editZip } from './zip-edit';
import { openPackage } from './zip-package';

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const CONTENT_TYPES = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
} as const;

/** Elements that follow `<drawing>` in CT_Worksheet's sequence: the drawing goes before the first. */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

const attrOf = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const unescapeXml = (s: string): string => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Parts as text, read from the package or from the edits made so far. */
interface PartText {
  has(name: string): boolean;
  get(name: string): string;
  set(name: string, text: string): void;
}

function partTexts(xlsx: Uint8Array, edits: Map<string, Uint8Array>): PartText {
  const pkg = openPackage(xlsx, { maxBytes: 256 * 1024 * 1024 });
  const read = (name: string): Uint8Array | undefined => edits.get(name) ?? pkg.read(name);
  return {
    has: (name) => read(name) !== undefined,
    get(name) {
      const bytes = read(name);
      if (bytes === undefined) throw new Error(`the package has no ${name}`);
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    },
    set: (name, text) => void edits.set(name, Buffer.from(text, 'utf8')),
  };
}

/** Sheet name → its part (e.g. "xl/worksheets/sheet3.xml"), from the workbook and its relationships. */
export function sheetParts(read: (part: string) => string): Map<string, string> {
  const rels = new Map<string, string>();
  for (const m of read('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attrOf(m[0], 'Id');
    const target = attrOf(m[0], 'Target');
    if (id !== undefined && target !== undefined) rels.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets = new Map<string, string>();
  for (const m of read('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)) {
    const name = attrOf(m[0], 'name');
    const part = rels.get(attrOf(m[0], 'r:id') ?? '');
    if (name !== undefined && part !== undefined) sheets.set(unescapeXml(name), part);
  }
  return sheets;
}

function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

function relationship(id: string, type: string, target: string): string {
  return `<Relationship Id="${id}" Type="${REL_TYPE}/${type}" Target="${escapeXml(target)}"/>`;
}

/** Adds a relationship to a .rels part (made if missing); returns its new, unused id. */
function addRelationship(parts: PartText, relsPart: string, type: string, target: string): string {
  const existing = parts.has(relsPart) ? parts.get(relsPart) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
  const used = new Set([...existing.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  parts.set(relsPart, existing.replace('</Relationships>', `${relationship(id, type, target)}</Relationships>`));
  return id;
}

function insertDrawing(sheetXml: string, rId: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new Error('the sheet already has a drawing');
  const tag = `<drawing r:id="${rId}"/>`;
  let at = sheetXml.lastIndexOf('</worksheet>');
  for (const name of AFTER_DRAWING) {
    const i = sheetXml.search(new RegExp(`<${name}[\\s/>]`));
    if (i >= 0 && i < at) at = i;
  }
  const withNs = /xmlns:r=/.test(sheetXml) ? sheetXml : sheetXml.replace('<worksheet ', `<worksheet xmlns:r="${REL_TYPE}" `);
  const shift = withNs.length - sheetXml.length;
  return withNs.slice(0, at + shift) + tag + withNs.slice(at + shift);
}

function addOverrides(parts: PartText, overrides: readonly [part: string, type: string][]): void {
  const xml = parts.get('[Content_Types].xml');
  const add = overrides.map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join('');
  parts.set('[Content_Types].xml', xml.replace('</Types>', `${add}</Types>`));
}

/** The package with the charts added to their sheets (by sheet name). */
export function addCharts(xlsx: Uint8Array, bySheet: ReadonlyMap<string, readonly ChartPlacement[]>): Uint8Array {
  const edits = new Map<string, Uint8Array>();
  const parts = partTexts(xlsx, edits);
  const sheets = sheetParts((name) => parts.get(name));
  const overrides: [string, string][] = [];
  let drawings = 0;
  let charts = 0;
  for (const [sheet, placements] of bySheet) {
    if (placements.length === 0) continue;
    const part = sheets.get(sheet);
    if (part === undefined) throw new Error(`no sheet named ${sheet} to put charts on`);
    drawings += 1;
    const drawingPart = `xl/drawings/drawing${drawings}.xml`;
    const rIds = placements.map((p) => {
      charts += 1;
      const chartPart = `xl/charts/chart${charts}.xml`;
      parts.set(chartPart, chartXml(p));
      overrides.push([chartPart, CONTENT_TYPES.chart]);
      return addRelationship(parts, relsPartOf(drawingPart), 'chart', `../charts/chart${charts}.xml`);
    });
    parts.set(drawingPart, drawingXml(placements, rIds));
    overrides.push([drawingPart, CONTENT_TYPES.drawing]);
    const rId = addRelationship(parts, relsPartOf(part), 'drawing', `../drawings/drawing${drawings}.xml`);
    parts.set(part, insertDrawing(parts.get(part), rId));
  }
  if (overrides.length === 0) return xlsx;
  addOverrides(parts, overrides);
  return editZip(xlsx, edits);
}
