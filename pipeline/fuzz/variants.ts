// The fuzzer's mutations of a good submission: damage to the zip (bytes, sizes, CRCs, the entry
// tables), crafted XML (huge and negative numbers, references past Excel's limits, huge merged
// ranges, long attributes, entity expansion, deep nesting, 10 MB strings, malformed markup) and
// metadata that lies (another group, another version, a garbage submittedAt). Seeded: the same
// seed gives the same variants, byte for byte.

import { crc32 } from 'node:zlib';
import { entry, layout, toZip64, unzip, zip, type ZipPart } from './zip-tools';

/** A small, fast, seeded generator (mulberry32). */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
}

export interface Base {
  /** File name of the good submission it is made from. */
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly parts: readonly ZipPart[];
}

export interface Variant {
  /** Operator and what it chose, e.g. "xml/row r=4294967294 in Plan". */
  readonly label: string;
  readonly bytes: Uint8Array;
}

type Make = (rng: Random, base: Base) => Variant;

const MB = 1024 * 1024;
const decoder = new TextDecoder();

export function baseOf(name: string, bytes: Uint8Array): Base {
  return { name, bytes, parts: unzip(bytes) };
}

const text = (p: ZipPart): string => decoder.decode(p.data);

/** The package with some parts' text replaced (and others added); everything rezipped consistently. */
function withParts(base: Base, change: (name: string, xml: string) => string | Uint8Array | undefined, added: readonly [string, string][] = []): Uint8Array {
  return zip([...base.parts.map((p) => entry(p.name, change(p.name, text(p)) ?? p.data)), ...added.map(([n, d]) => entry(n, d))]);
}

/** The worksheet part of a sheet, by the sheet's name. */
export function sheetPart(base: Base, sheet: string): string {
  const workbook = text(base.parts.find((p) => p.name === 'xl/workbook.xml') as ZipPart);
  const rels = text(base.parts.find((p) => p.name === 'xl/_rels/workbook.xml.rels') as ZipPart);
  const tag = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="(rId\\d+)"`).exec(workbook);
  const target = new RegExp(`Id="${tag?.[1] ?? ''}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`Target="([^"]+)"[^>]*Id="${tag?.[1] ?? ''}"`).exec(rels);
  return `xl/${(target?.[1] ?? '').replace(/^\/?xl\//, '')}`;
}

/** The sheets of the base whose cells the merge reads (all but the lists). */
function sheetsOf(base: Base): string[] {
  const workbook = text(base.parts.find((p) => p.name === 'xl/workbook.xml') as ZipPart);
  return [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1] ?? '').filter((n) => n !== 'Lists');
}

const anySheet = (rng: Random, base: Base): string => rng.pick(sheetsOf(base));

function inSheet(rng: Random, base: Base, change: (xml: string) => string): { sheet: string; bytes: Uint8Array } {
  const sheet = anySheet(rng, base);
  const part = sheetPart(base, sheet);
  return { sheet, bytes: withParts(base, (n, xml) => (n === part ? change(xml) : undefined)) };
}

/** The n-th match of `re` replaced; the text unchanged when there are fewer. */
function replaceNth(xml: string, re: RegExp, n: number, by: (m: string) => string): string {
  let i = 0;
  return xml.replace(re, (m) => (i++ === n ? by(m) : m));
}

const patch = (bytes: Uint8Array, edit: (b: Buffer) => void): Uint8Array => {
  const b = Buffer.from(bytes);
  edit(b);
  return b;
};

// ---- Zip-level damage.

const zipOps: Record<string, Make> = {
  'flip bytes': (rng, base) => {
    const k = 1 + rng.int(8);
    const at = Array.from({ length: k }, () => rng.int(base.bytes.length));
    return { label: `flip ${k} bytes at ${at.join(',')}`, bytes: patch(base.bytes, (b) => at.forEach((i) => (b[i] = (b[i] ?? 0) ^ (1 + rng.int(255))))) };
  },
  'flip a byte in a part': (rng, base) => {
    const r = rng.pick(layout(base.bytes).records.filter((x) => x.compressedSize > 0));
    const at = r.dataStart + rng.int(r.compressedSize);
    return { label: `flip a byte of ${r.name}`, bytes: patch(base.bytes, (b) => (b[at] = (b[at] ?? 0) ^ (1 << rng.int(8)))) };
  },
  truncate: (rng, base) => {
    const at = rng.int(base.bytes.length);
    return { label: `cut at ${at}`, bytes: base.bytes.subarray(0, at) };
  },
  'damage a CRC': (rng, base) => {
    const r = rng.pick(layout(base.bytes).records);
    return { label: `CRC of ${r.name}`, bytes: patch(base.bytes, (b) => b.writeUInt32LE((b.readUInt32LE(r.at + 16) ^ (1 + rng.int(0xffff))) >>> 0, r.at + 16)) };
  },
  'lie about a size': (rng, base) => {
    const r = rng.pick(layout(base.bytes).records);
    const field = rng.pick([20, 24]);
    const value = rng.pick([0, 1, r.size + 1, Math.max(0, r.size - 1), 0xfffffffe, 0xffffffff, 190 * MB]);
    return { label: `${field === 20 ? 'compressed' : 'uncompressed'} size of ${r.name} = ${value}`, bytes: patch(base.bytes, (b) => b.writeUInt32LE(value, r.at + field)) };
  },
  'lie about the entry count': (rng, base) => {
    const { end } = layout(base.bytes);
    const value = rng.pick([0, 1, 0xffff, 1000, layout(base.bytes).records.length + 1]);
    return { label: `entry count ${value}`, bytes: patch(base.bytes, (b) => b.writeUInt16LE(value, end + 10)) };
  },
  'move the directory': (rng, base) => {
    const { end } = layout(base.bytes);
    const value = rng.pick([0, 1, 0xffffffff, base.bytes.length, rng.int(base.bytes.length)]);
    return { label: `directory offset ${value}`, bytes: patch(base.bytes, (b) => b.writeUInt32LE(value, end + 16)) };
  },
  'move a local header': (rng, base) => {
    const r = rng.pick(layout(base.bytes).records);
    const value = rng.pick([0, 0xffffffff, base.bytes.length - 10, rng.int(base.bytes.length)]);
    return { label: `local header of ${r.name} at ${value}`, bytes: patch(base.bytes, (b) => b.writeUInt32LE(value, r.at + 42)) };
  },
  'unknown method': (rng, base) => {
    const r = rng.pick(layout(base.bytes).records);
    const method = rng.pick([1, 6, 12, 14, 93, 99]);
    return { label: `method ${method} for ${r.name}`, bytes: patch(base.bytes, (b) => b.writeUInt16LE(method, r.at + 10)) };
  },
  'encrypted flag': (rng, base) => {
    const r = rng.pick(layout(base.bytes).records);
    return { label: `encrypted ${r.name}`, bytes: patch(base.bytes, (b) => b.writeUInt16LE(b.readUInt16LE(r.at + 8) | 1, r.at + 8)) };
  },
  zip64: (_rng, base) => ({ label: 'a zip64 directory', bytes: toZip64(base.bytes) }),
  'stored parts': (_rng, base) => ({ label: 'every part stored', bytes: zip(base.parts.map((p) => entry(p.name, p.data, 0))) }),
  'a part missing': (rng, base) => {
    const gone = rng.pick(['xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', '[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', sheetPart(base, anySheet(rng, base))]);
    return { label: `without ${gone}`, bytes: zip(base.parts.filter((p) => p.name !== gone).map((p) => entry(p.name, p.data))) };
  },
  'a part twice': (rng, base) => {
    const twice = rng.pick(base.parts);
    return { label: `${twice.name} twice, the second empty`, bytes: zip([...base.parts.map((p) => entry(p.name, p.data)), entry(twice.name, '')]) };
  },
  'path traversal': (rng, base) => {
    const sheet = sheetPart(base, anySheet(rng, base));
    const evil = rng.pick(['../../evil.xml', '/etc/evil.xml', 'xl/../../../evil.xml', 'C:\\evil.xml']);
    const parts = base.parts.map((p) => (p.name === sheet ? { name: evil, data: p.data } : p));
    const rels = (x: string): string => x.replace(`Target="${sheet.replace(/^xl\//, '')}"`, `Target="${evil}"`);
    return { label: `${sheet} named ${evil}`, bytes: zip(parts.map((p) => entry(p.name, p.name === 'xl/_rels/workbook.xml.rels' ? rels(text(p)) : p.data))) };
  },
  'garbage around': (rng, base) => {
    const junk = Buffer.from(Array.from({ length: 1 + rng.int(4096) }, () => rng.int(256)));
    const before = rng.int(2) === 0;
    return { label: `${junk.length} bytes of garbage ${before ? 'before' : 'after'}`, bytes: before ? Buffer.concat([Buffer.from('PK\x03\x04'), junk, base.bytes]) : Buffer.concat([base.bytes, junk]) };
  },
  'a zip inside': (rng, base) => {
    const sheet = sheetPart(base, anySheet(rng, base));
    return { label: `${sheet} is a zip`, bytes: zip(base.parts.map((p) => entry(p.name, p.name === sheet ? base.bytes : p.data))) };
  },
  'a long entry name': (rng, base) => {
    const n = 1000 + rng.int(60000);
    return { label: `an entry named with ${n} characters`, bytes: zip([...base.parts.map((p) => entry(p.name, p.data)), entry('x'.repeat(n), '<x/>')]) };
  },
};

// ---- Crafted XML.

const ROWS = ['4294967294', '4294967295', '1048577', '1048576', '0', '-1', '1e9', 'NaN', '99999999999999999999', '2.5', ' 7', '&#49;'];
const REFS = ['XFE1', 'XFD1', 'ZZZZ1', 'A0', '1A', '', 'A1048577', 'A1048576', 'AAAAAAAAAAAAAAAA1', 'a1', 'A-1', 'A4294967294'];
const MERGES = ['A1:A99999999999', 'A1:XFD1048576', 'XFD1048576:A1', 'A1:ZZZZZZZZZZ9', 'garbage', 'A1:', ':B2', 'A1:B2:C3', 'A0:B0', 'B2:A1'];

const xmlOps: Record<string, Make> = {
  'a row number': (rng, base) => {
    const r = rng.pick(ROWS);
    const { sheet, bytes } = inSheet(rng, base, (x) => replaceNth(x, /<row r="\d+"/g, rng.int(8), () => `<row r="${r}"`));
    return { label: `<row r="${r}"> in ${sheet}`, bytes };
  },
  'a cell reference': (rng, base) => {
    const ref = rng.pick(REFS);
    const { sheet, bytes } = inSheet(rng, base, (x) => replaceNth(x, /<c r="[A-Z]+\d+"/g, rng.int(40), () => `<c r="${ref}"`));
    return { label: `<c r="${ref}"> in ${sheet}`, bytes };
  },
  'a huge merged range': (rng, base) => {
    const many = rng.int(4) === 0;
    const ref = rng.pick(MERGES);
    const count = many ? 100_001 + rng.int(50_000) : 1;
    const merges = many ? Array.from({ length: count }, (_v, i) => `<mergeCell ref="A${i + 1}:XFD${i + 1}"/>`).join('') : `<mergeCell ref="${ref}"/>`;
    const { sheet, bytes } = inSheet(rng, base, (x) => x.replace('</sheetData>', `</sheetData><mergeCells count="${count}">${merges}</mergeCells>`));
    return { label: many ? `${count} merged ranges in ${sheet}` : `<mergeCell ref="${ref}"/> in ${sheet}`, bytes };
  },
  'a long attribute': (rng, base) => {
    const size = (1 + rng.int(4)) * MB;
    const kind = rng.pick(['gt', 'quote', 'single', 'names', 'amp']);
    const value = kind === 'gt' ? `x="${'>'.repeat(size)}"` : kind === 'quote' ? `x="${'"'.repeat(size)}` : kind === 'single' ? `x='${'a'.repeat(size)}` : kind === 'names' ? `'${'n'.repeat(200_000 + rng.int(size))}` : `x="${'&amp;'.repeat(size / 5)}"`;
    const target = rng.pick(['sheet', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml', 'xl/_rels/workbook.xml.rels', '_rels/.rels']);
    const part = target === 'sheet' ? sheetPart(base, anySheet(rng, base)) : target;
    const bytes = withParts(base, (n, x) => (n === part ? x.replace(/<([A-Za-z]+) /, (m) => `${m}${value} `) : undefined));
    return { label: `${kind} attribute of ${size / MB} MB in ${part}`, bytes };
  },
  'entity expansion': (rng, base) => {
    const laughs = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>';
    const external = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>';
    const doctype = rng.pick([laughs, external]);
    const part = rng.pick(['xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', sheetPart(base, anySheet(rng, base))]);
    const bytes = withParts(base, (n, x) => (n === part ? x.replace(/(<\?xml[^>]*\?>)?/, (m) => `${m}${doctype}`).replace('<t>', '<t>&d;&e;') : undefined));
    return { label: `${doctype === laughs ? 'billion laughs' : 'external entity'} in ${part}`, bytes };
  },
  'deep nesting': (rng, base) => {
    const depth = 1000 + rng.int(300_000);
    const { sheet, bytes } = inSheet(rng, base, (x) => x.replace('</sheetData>', `</sheetData><extLst>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</extLst>`));
    return { label: `${depth} nested elements in ${sheet}`, bytes };
  },
  '10 MB string': (rng, base) => {
    const size = 10 * MB + rng.int(MB);
    const where = rng.pick(['shared', 'inline', 'str', 'error', 'number', 'meta']);
    const unit = rng.pick(['x', 'é', '漢', '&amp;', '_x0041_']);
    const big = unit.repeat(Math.ceil(size / unit.length));
    if (where === 'shared') {
      const index = rng.int(200);
      const bytes = withParts(base, (n, x) => (n === 'xl/sharedStrings.xml' ? replaceNth(x, /<si>.*?<\/si>/g, index, () => `<si><t>${big}</t></si>`) : undefined));
      return { label: `a ${size}-character shared string (item ${index})`, bytes };
    }
    const sheet = where === 'meta' ? '_meta' : anySheet(rng, base);
    const part = sheetPart(base, sheet);
    const cell = where === 'inline' || where === 'meta' ? `t="inlineStr"><is><t>${big}</t></is></c>` : where === 'str' ? `t="str"><f>A1</f><v>${big}</v></c>` : where === 'error' ? `t="e"><v>${big}</v></c>` : `><v>${'9'.repeat(size)}</v></c>`;
    const bytes = withParts(base, (n, x) => (n === part ? replaceNth(x, /<c r="([A-Z]+\d+)"[^>]*?(\/>|>.*?<\/c>)/g, rng.int(20), (m) => `${/<c r="[A-Z]+\d+"/.exec(m)?.[0] ?? '<c r="A1"'} ${cell}`) : undefined));
    return { label: `a ${size}-character ${where} cell in ${sheet}`, bytes };
  },
  'odd numbers': (rng, base) => {
    const kind = rng.pick(['shared index', 'style', 'format code', 'date serial', 'value']);
    if (kind === 'format code') {
      const code = rng.pick(['[', '"', '\\']).repeat(MB);
      const bytes = withParts(base, (n, x) => (n === 'xl/styles.xml' ? x.replace(/<numFmts[^>]*>|<fonts/, (m) => (m.startsWith('<numFmts') ? `${m}<numFmt numFmtId="200" formatCode="${code.replace(/"/g, '&quot;')}"/>` : `<numFmts count="1"><numFmt numFmtId="200" formatCode="${code.replace(/"/g, '&quot;')}"/></numFmts>${m}`)).replace(/<xf numFmtId="\d+"/, '<xf numFmtId="200"') : undefined));
      return { label: 'a 1 MB number format', bytes };
    }
    const value = rng.pick(['-1', '1e300', '99999999999', '4294967296', 'NaN', '-0', '1e309', '0x10', '', '1.5']);
    const { sheet, bytes } = inSheet(rng, base, (x) => {
      if (kind === 'shared index') return replaceNth(x, /t="s"><v>\d+<\/v>/g, rng.int(30), () => `t="s"><v>${value}</v>`);
      if (kind === 'style') return replaceNth(x, /<c r="([A-Z]+\d+)" s="\d+"/g, rng.int(30), (m) => m.replace(/s="\d+"/, `s="${value}"`));
      if (kind === 'date serial') return replaceNth(x, /<c r="([A-Z]+\d+)" s="\d+"[^>]*?(\/>|>.*?<\/c>)/g, rng.int(30), (m) => `${m.slice(0, m.indexOf(' s="'))} s="${rng.int(8)}"><v>${rng.pick(['1e300', '2958466', '-5', '99999999999999'])}</v></c>`);
      return replaceNth(x, /<v>[^<]*<\/v>/g, rng.int(30), () => `<v>${value}</v>`);
    });
    return { label: `${kind} ${value} in ${sheet}`, bytes };
  },
  'many cells': (rng, base) => {
    const count = 1_000_001 + rng.int(200_000);
    const row = (r: number): string => `<row r="${r}"><c r="A${r}"><v>1</v></c><c r="B${r}"><v>2</v></c></row>`;
    const rows = Array.from({ length: Math.ceil(count / 2) }, (_v, i) => row(100 + i)).join('');
    const { sheet, bytes } = inSheet(rng, base, (x) => x.replace('</sheetData>', `${rows}</sheetData>`));
    return { label: `${count} filled cells in ${sheet}`, bytes };
  },
  'malformed markup': (rng, base) => {
    const kind = rng.pick(['unclosed', 'misnested', 'text outside', 'lt in attribute', 'bad utf-8', 'nul', 'bom inside', 'cut part', 'no root']);
    const part = rng.pick(['xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', sheetPart(base, anySheet(rng, base))]);
    const edit = (x: string): string => {
      switch (kind) {
        case 'unclosed':
          return x.replace(/<\/[A-Za-z]+>$/, '');
        case 'misnested':
          return x.replace(/<\/([A-Za-z]+)><\/([A-Za-z]+)>/, '</$2></$1>');
        case 'text outside':
          return `${x}stray`;
        case 'lt in attribute':
          return x.replace(/="/, '="<');
        case 'bad utf-8':
          return x.replace('>', '>\u0001');
        case 'nul':
          return x.replace('>', '>\u0000');
        case 'bom inside':
          return x.replace('>', '>\ufeff');
        case 'cut part':
          return x.slice(0, rng.int(x.length));
        default:
          return '';
      }
    };
    // Bytes that are not UTF-8 at all, where the edit left a marker.
    const bytes = (x: string): string | Uint8Array => (kind === 'bad utf-8' ? Buffer.from(x.replace('\u0001', '\u0000'), 'utf8').map((b) => (b === 0 ? 0xc3 : b)) : x);
    return { label: `${kind} in ${part}`, bytes: withParts(base, (n, x) => (n === part ? bytes(edit(x)) : undefined)) };
  },
  'relationships that lead out': (rng, base) => {
    const target = rng.pick(['../../../../etc/passwd', '/etc/passwd', 'http://example.com/sheet.xml', 'worksheets/none.xml', '', '..', 'C:\\Windows\\win.ini']);
    const index = rng.int(13);
    const bytes = withParts(base, (n, x) => (n === 'xl/_rels/workbook.xml.rels' ? replaceNth(x, /Target="[^"]*"/g, index, () => `Target="${target}"`) : undefined));
    return { label: `relationship ${index} to ${target}`, bytes };
  },
  'thousands of sheets': (rng, base) => {
    const count = 5000 + rng.int(20000);
    const sheets = Array.from({ length: count }, (_v, i) => `<sheet name="S${i}" sheetId="${i + 100}" r:id="rId1"/>`).join('');
    return { label: `${count} sheets listed`, bytes: withParts(base, (n, x) => (n === 'xl/workbook.xml' ? x.replace('</sheets>', `${sheets}</sheets>`) : undefined)) };
  },
  'a long sheet name': (rng, base) => {
    const name = rng.pick(['x', 'é', '&amp;']).repeat(MB / 5);

    return { label: 'a 1 MB sheet name', bytes: withParts(base, (n, x) => (n === 'xl/workbook.xml' ? replaceNth(x, /name="[^"]*"/g, rng.int(13), () => `name="${name}"`) : undefined)) };
  },
};

// ---- Metadata that lies, in the veryHidden _meta sheet.

const META: Readonly<Record<string, readonly string[]>> = {
  workGroupId: ['WG3', 'WG1', 'WG99', '', 'wg2 ', 'WG2\u0000', 'x'.repeat(10 * MB)],
  schemaVersion: ['2', '0', '-1', 'abc', '1e400', '1.0', ''],
  submittedAt: ['yesterday', '9999-12-31T23:59:59Z', '2026-13-45T00:00:00Z', '', '0000-01-01', '2099-01-01T00:00:00Z', 'x'.repeat(10 * MB), '2026-11-24'],
  jurisdictionId: ['lakeside-county', '', 'RIVERBEND-COUNTY'],
  capacities: ['S1,S1,S1', '', 'XX', 'S1,S2,P1,P2,WB1,WB2,WB3'],
  templateId: ['', 'x'.repeat(MB)],
  createdAt: ['never', '1970-01-01T00:00:00Z'],
};

const metaOps: Record<string, Make> = {
  'lying metadata': (rng, base) => {
    const key = rng.pick(Object.keys(META));
    const value = rng.pick(META[key] ?? []);
    const part = sheetPart(base, '_meta');
    const strings = text(base.parts.find((p) => p.name === 'xl/sharedStrings.xml') as ZipPart);
    const items = [...strings.matchAll(/<si>(?:<t[^>]*>)?(.*?)(?:<\/t>)?<\/si>/g)].map((m) => m[1]);
    const keyIndex = items.indexOf(key);
    const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replaceAll('\u0000', '');
    const bytes = withParts(base, (n, x) => {
      if (n !== part) return undefined;
      // The row whose A cell is the key: its B cell becomes an inline string with the lie.
      const row = new RegExp(`<row r="(\\d+)"[^>]*><c r="A\\d+" t="s"><v>${keyIndex}</v></c>`).exec(x)?.[1];
      return row === undefined ? x : x.replace(new RegExp(`<c r="B${row}"[^>]*?(/>|>.*?</c>)`), `<c r="B${row}" t="inlineStr"><is><t>${escaped}</t></is></c>`);
    });
    return { label: `${key} = ${value.length > 40 ? `${value.length} characters` : JSON.stringify(value)}`, bytes };
  },
};

export const OPERATORS: readonly (readonly [string, string, Make])[] = [
  ...Object.entries(zipOps).map(([k, v]) => ['zip', k, v] as const),
  ...Object.entries(xmlOps).map(([k, v]) => ['xml', k, v] as const),
  ...Object.entries(metaOps).map(([k, v]) => ['meta', k, v] as const),
];

/** Variant `index` of the run seeded `seed`: operators taken in turn, each making its own random choices. */
export function makeVariant(seed: number, index: number, bases: readonly Base[]): Variant & { readonly kind: string; readonly base: string } {
  const rng = new Random((seed * 1_000_003 + index) >>> 0);
  const [kind, name, make] = OPERATORS[index % OPERATORS.length] as (typeof OPERATORS)[number];
  const base = rng.pick(bases);
  const v = make(rng, base);
  return { kind, base: base.name, label: `${kind}/${name}: ${v.label}`, bytes: v.bytes };
}

/** A fingerprint of a variant's bytes, to show the same seed gives the same variants. */
export const fingerprint = (bytes: Uint8Array): number => crc32(bytes);
