// A Word file as a reader of its XML sees it, independent of the code that wrote it: the body's
// paragraphs (style and text), tables (rows of cell texts, and whether the first row repeats), and
// pictures (their alt text and the SVG and PNG parts they show), plus the headers, footers and styles.
// Unzipped with jszip, parsed with saxes.

import JSZip from 'jszip';
import { descendants, parseXml, type XmlNode } from '../../tools/xml-tree';

export type DocxBlock =
  | { readonly kind: 'paragraph'; readonly style: string; readonly text: string }
  | { readonly kind: 'table'; readonly repeatsHeader: boolean; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: 'picture'; readonly title: string; readonly description: string; readonly svg: string; readonly png: Buffer | null };

export interface DocxContent {
  readonly blocks: readonly DocxBlock[];
  readonly headers: readonly string[];
  /** Footer texts, with each field's instruction (PAGE, NUMPAGES) in braces. */
  readonly footers: readonly string[];
  /** Every font size the styles and the body set, in half-points. */
  readonly sizes: readonly number[];
  /** Style ids to their names. */
  readonly styles: ReadonlyMap<string, string>;
  readonly sectionOrientations: readonly string[];
}

const textOf = (n: XmlNode): string => {
  let out = '';
  const walk = (x: XmlNode): void => {
    if (x.name === 'w:t') out += x.text;
    else if (x.name === 'w:br') out += '\n';
    else if (x.name === 'w:tab') out += '\t';
    else if (x.name === 'w:instrText') out += `{${x.text.trim()}}`;
    for (const c of x.children) walk(c);
  };
  walk(n);
  return out;
};

export async function readDocx(bytes: Buffer): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string): Promise<string> => {
    const f = zip.file(name);
    if (f === null) throw new Error(`${name} is missing`);
    return f.async('string');
  };
  const rels = new Map(descendants(parseXml(await part('word/_rels/document.xml.rels')), 'Relationship').map((r) => [r.attrs['Id'] ?? '', r.attrs['Target'] ?? ''] as const));
  const doc = parseXml(await part('word/document.xml'));
  const body = descendants(doc, 'w:body')[0];
  if (body === undefined) throw new Error('no body');
  const blocks: DocxBlock[] = [];
  for (const n of body.children) {
    if (n.name === 'w:tbl') {
      const rows = n.children.filter((c) => c.name === 'w:tr');
      blocks.push({ kind: 'table', repeatsHeader: rows[0] !== undefined && descendants(rows[0], 'w:tblHeader').length > 0, rows: rows.map((r) => r.children.filter((c) => c.name === 'w:tc').map((tc) => tc.children.filter((p) => p.name === 'w:p').map(textOf).join('\n'))) });
      continue;
    }
    if (n.name !== 'w:p') continue;
    const drawing = descendants(n, 'wp:docPr')[0];
    if (drawing !== undefined) {
      const svgId = descendants(n, 'asvg:svgBlip')[0]?.attrs['r:embed'] ?? '';
      const pngId = descendants(n, 'a:blip')[0]?.attrs['r:embed'] ?? '';
      const media = (id: string): string => `word/${rels.get(id) ?? ''}`;
      const png = zip.file(media(pngId));
      blocks.push({ kind: 'picture', title: drawing.attrs['title'] ?? '', description: drawing.attrs['descr'] ?? '', svg: svgId === '' ? '' : await part(media(svgId)), png: png === null ? null : await png.async('nodebuffer') });
      continue;
    }
    blocks.push({ kind: 'paragraph', style: descendants(n, 'w:pStyle')[0]?.attrs['w:val'] ?? '', text: textOf(n) });
  }
  const parts = Object.keys(zip.files);
  const texts = async (pattern: RegExp): Promise<string[]> => Promise.all(parts.filter((p) => pattern.test(p)).map(async (p) => textOf(parseXml(await part(p)))));
  const stylesXml = parseXml(await part('word/styles.xml'));
  const sizes = [...descendants(stylesXml, 'w:sz'), ...descendants(doc, 'w:sz')].map((s) => Number(s.attrs['w:val']));
  const styles = new Map(descendants(stylesXml, 'w:style').map((s) => [s.attrs['w:styleId'] ?? '', descendants(s, 'w:name')[0]?.attrs['w:val'] ?? ''] as const));
  const sectionOrientations = descendants(doc, 'w:pgSz').map((s) => s.attrs['w:orient'] ?? 'portrait');
  return { blocks, headers: await texts(/^word\/header\d*\.xml$/), footers: await texts(/^word\/footer\d*\.xml$/), sizes, styles, sectionOrientations };
}

export const paragraphs = (d: DocxContent, style?: string): string[] => d.blocks.flatMap((b) => (b.kind === 'paragraph' && (style === undefined || b.style === style) ? [b.text] : []));
export const tables = (d: DocxContent): (readonly (readonly string[])[])[] => d.blocks.flatMap((b) => (b.kind === 'table' ? [b.rows] : []));
export const pictures = (d: DocxContent): Extract<DocxBlock, { kind: 'picture' }>[] => d.blocks.flatMap((b) => (b.kind === 'picture' ? [b] : []));

/** The table right after the heading `title` (the first table before the next heading). */
export function tableAfter(d: DocxContent, title: string, from = 0): (readonly (readonly string[])[]) | undefined {
  const at = d.blocks.findIndex((b, i) => i >= from && b.kind === 'paragraph' && /^Heading/.test(b.style) && b.text === title);
  if (at < 0) return undefined;
  for (const b of d.blocks.slice(at + 1)) {
    if (b.kind === 'table') return b.rows;
    if (b.kind === 'paragraph' && /^Heading/.test(b.style)) return undefined;
  }
  return undefined;
}

/** Every text of the document, body and tables, one string. */
export function allText(d: DocxContent): string {
  return d.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind === 'table' ? b.rows.map((r) => r.join('\t')).join('\n') : b.description)).join('\n');
}
