// A small, strict-enough XML tokenizer for the parts of .xlsx packages. Spreadsheet programs write
// plain, well-formed XML; this reads it about six times faster than a general parser (saxes), which
// the merge needs at statewide scale. Tags must nest properly, or the part is reported as damaged.
// Tests check it event-for-event against saxes on every part of every fixture.

export interface XmlHandlers {
  /** `attrs` is the raw attribute text; read values with attr(), which decodes only what is asked for. */
  open?: (name: string, attrs: string) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
}

export class XmlError extends Error {}

// One token per match: a tag (open, close or self-closing), CDATA, a comment, a declaration, or text.
const TOKEN = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<[?!][\s\S]*?>|([^<]+)|(<)/g;
const ATTR = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9a-fA-F]+));/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? '';
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** XML normalises line breaks in text to \n, and any tab or line break in an attribute to a space. */
const textValue = (raw: string): string => decodeEntities(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);
const attributeValue = (raw: string): string => decodeEntities(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw);

/** The value of one attribute in a tag's raw attribute text, or undefined. */
export function attr(source: string, key: string): string | undefined {
  // Fast path for what spreadsheet programs write: ` key="value"`.
  let i = source.indexOf(` ${key}="`);
  while (i >= 0) {
    const start = i + key.length + 3;
    const end = source.indexOf('"', start);
    if (end >= 0) return attributeValue(source.slice(start, end));
    i = source.indexOf(` ${key}="`, start);
  }
  return source.includes(key) ? parseAttrs(source)[key] : undefined;
}

export function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  if (source === '') return attrs;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(source); m !== null; m = ATTR.exec(source)) attrs[m[1] ?? ''] = attributeValue(m[2] ?? m[3] ?? '');
  return attrs;
}

/** Calls the handlers for each element and text run, in document order. Throws XmlError on bad nesting. */
export function scanXml(xml: string, h: XmlHandlers): void {
  const stack: string[] = [];
  let rootClosed = false;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m !== null; m = TOKEN.exec(xml)) {
    const [, slash, name, attrSource, selfClose, cdata, text, stray] = m;
    if (name !== undefined) {
      if (slash === '/') {
        const open = stack.pop();
        if (open !== name) throw new XmlError(`closing tag </${name}> does not match <${open ?? 'nothing'}>`);
        if (stack.length === 0) rootClosed = true;
        h.close?.(name);
      } else {
        if (rootClosed) throw new XmlError(`element <${name}> after the root element`);
        h.open?.(name, attrSource ?? '');
        if (selfClose === '/') h.close?.(name);
        else stack.push(name);
      }
    } else if (cdata !== undefined) {
      h.text?.(cdata.replace(/\r\n?/g, '\n'));
    } else if (text !== undefined) {
      if (stack.length === 0) {
        if (text.trim() !== '') throw new XmlError('text outside the root element');
      } else h.text?.(textValue(text));
    } else if (stray !== undefined) {
      throw new XmlError('a "<" that starts no tag');
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1] ?? ''}> is never closed`);
}
