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

/** Text already checked another way, which the tokenizer steps over: from just after a start tag to its end tag. */
export interface SkipRange {
  readonly from: number;
  readonly to: number;
}

/**
 * The five named references and numeric ones decoded; anything else after "&" left as it is. One
 * pass, the text between references copied in whole pieces (a megabyte of "&quot;" is common in
 * crafted files, and a replace() callback per match cost seconds in garbage). Nothing is allocated
 * per reference but its character: a template's validations hold thousands of "&quot;".
 */
export function decodeEntities(text: string): string {
  let at = text.indexOf('&');
  if (at < 0) return text;
  let out = '';
  let from = 0;
  while (at >= 0) {
    const length = referenceLength(text, at + 1);
    if (length > 0) {
      out += text.slice(from, at) + referenceChar(text, at + 1, length);
      from = at + 1 + length;
    }
    at = text.indexOf('&', at + 1 + Math.max(length - 1, 0));
  }
  return from === 0 ? text : out + text.slice(from);
}

const AMP = 97; // a
const HASH = 35;

/** How many characters the reference starting after "&" at `at` takes: 0 for none. */
function referenceLength(text: string, at: number): number {
  switch (text.charCodeAt(at)) {
    case HASH: {
      const hex = text.charCodeAt(at + 1) === 120;
      const start = at + (hex ? 2 : 1);
      let i = start;
      for (let c = text.charCodeAt(i); hex ? isHexDigit(c) : c >= 48 && c <= 57; c = text.charCodeAt(++i));
      return i === start || text.charCodeAt(i) !== 59 ? 0 : i + 1 - at;
    }
    case 113: // q
      return text.startsWith('quot;', at) ? 5 : 0;
    case AMP:
      return text.startsWith('amp;', at) ? 4 : text.startsWith('apos;', at) ? 5 : 0;
    case 108: // l
      return text.startsWith('lt;', at) ? 3 : 0;
    case 103: // g
      return text.startsWith('gt;', at) ? 3 : 0;
    default:
      return 0;
  }
}

/** What the reference of `length` characters after "&" at `at` stands for. */
function referenceChar(text: string, at: number, length: number): string {
  switch (text.charCodeAt(at)) {
    case HASH: {
      const hex = text.charCodeAt(at + 1) === 120;
      const code = parseInt(text.slice(at + (hex ? 2 : 1), at + length - 1), hex ? 16 : 10);
      // Past the last code point it stands for nothing, as before.
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    case 113:
      return '"';
    case AMP:
      return length === 4 ? '&' : "'";
    case 108:
      return '<';
    default:
      return '>';
  }
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** XML normalises line breaks in text to \n, and any tab or line break in an attribute to a space. */
export const textValue = (raw: string): string => decodeEntities(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);
export const attributeValue = (raw: string): string => decodeEntities(/[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw);

/** The value of one attribute in a tag's raw attribute text, or undefined. */
const needles = new Map<string, string>();

export function attr(source: string, key: string): string | undefined {
  // Fast path for what spreadsheet programs write: ` key="value"`.
  let needle = needles.get(key);
  if (needle === undefined) {
    needle = ` ${key}="`;
    needles.set(key, needle);
  }
  let i = source.indexOf(needle);
  while (i >= 0) {
    const start = i + key.length + 3;
    const end = source.indexOf('"', start);
    if (end >= 0) return attributeValue(source.slice(start, end));
    i = source.indexOf(needle, start);
  }
  return source.includes(key) ? parseAttrs(source)[key] : undefined;
}

/**
 * Every name="value" or name='value' in a tag's raw attribute text, skipping anything else as a
 * regular expression's global search would. One pass: no backtracking, whatever the text.
 */
export function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  const n = source.length;
  // Where the next quote of each kind is: searched forward only, so the text is read once.
  const nextDouble = finder(source, '"');
  const nextSingle = finder(source, "'");
  let i = 0;
  while (i < n) {
    if (!isAttrNameStart(source.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isAttrNameChar(source.charCodeAt(j))) j++;
    const name = source.slice(i, j);
    // Never a read past the end: V8 leaves its fastest code for this loop on a read out of bounds,
    // and a long attribute text then took four times as long (one test, after the reader tests).
    let k = skipSpace(source, j);
    if (k === n || source.charCodeAt(k) !== EQUALS) {
      i = j;
      continue;
    }
    k = skipSpace(source, k + 1);
    const quote = k < n ? source.charCodeAt(k) : 0;
    const close = quote === DOUBLE ? nextDouble(k + 1) : quote === SINGLE ? nextSingle(k + 1) : n;
    if (close >= n) {
      // No value here; a later name may still have one (as the text inside an unclosed quote).
      i = k;
      continue;
    }
    attrs[name] = attributeValue(source.slice(k + 1, close));
    i = close + 1;
  }
  return attrs;
}

const EQUALS = 61;
const DOUBLE = 34;
const SINGLE = 39;

/** [A-Za-z_] */
function isAttrNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** [A-Za-z0-9_:.-] */
function isAttrNameChar(c: number): boolean {
  return isAttrNameStart(c) || (c >= 48 && c <= 58) || c === 45 || c === 46;
}

/** The first position at or after `from` that is not XML white space (the text's length at most). */
function skipSpace(s: string, from: number): number {
  let i = from;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}
/** XML white space: space, tab, line feed, carriage return. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * The position of the next `ch` at or after `from` (the text's length when there is none), for
 * callers whose `from` never goes back: each part of the text is searched once, so a run of
 * lookups costs one pass, however the text is built.
 */
function finder(text: string, ch: string): (from: number) => number {
  let found = -1;
  return (from) => {
    if (found < from) {
      const at = text.indexOf(ch, from);
      found = at < 0 ? text.length : at;
    }
    return found;
  };
}

const SLASH = 47;
const BANG = 33;
const QUESTION = 63;

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}

/** White space or "/": where a tag's name ends. */
function endsName(c: number): boolean {
  return isSpace(c) || c === SLASH;
}

/** Deeper than any spreadsheet part nests (a dozen levels); a deeper part is refused before its stack grows. */
export const MAX_DEPTH = 1000;

/** Where the next ">" and quotes are, shared by every tag of one part (see finder). */
interface TagFinders {
  readonly gt: (from: number) => number;
  readonly double: (from: number) => number;
  readonly single: (from: number) => number;
}

/**
 * Calls the handlers for each element and text run, in document order. A hand-written loop over
 * indexOf and character codes: several times faster than a tokenizing regular expression, and
 * linear in the part's length whatever it holds.
 * Throws XmlError on bad nesting or a malformed tag.
 */
export function scanXml(xml: string, h: XmlHandlers, skip?: SkipRange): void {
  const stack: string[] = [];
  let rootClosed = false;
  let i = 0;
  const n = xml.length;
  const finders: TagFinders = { gt: finder(xml, '>'), double: finder(xml, '"'), single: finder(xml, "'") };
  const text = (from: number, to: number): void => {
    if (from >= to) return;
    const raw = xml.slice(from, to);
    if (stack.length > 0) h.text?.(textValue(raw));
    else if (raw.trim() !== '') throw new XmlError(rootClosed ? 'text after the root element' : 'text outside the root element');
  };
  while (i < n) {
    if (i === skip?.from) i = skip.to;
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      text(i, n);
      break;
    }
    text(i, lt);
    const c = xml.charCodeAt(lt + 1);
    if (c === SLASH) {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) throw new XmlError('a closing tag is never finished');
      const open = stack.pop();
      // Compared in place: most closing tags are exactly </name>, and slicing each would cost more.
      const exact = open !== undefined && gt === lt + 2 + open.length && xml.startsWith(open, lt + 2);
      const name = exact ? open : xml.slice(lt + 2, gt).trimEnd();
      if (open !== name) throw new XmlError(`closing tag </${clip(name)}> does not match <${open ?? 'nothing'}>`);
      if (stack.length === 0) rootClosed = true;
      h.close?.(name);
      i = gt + 1;
    } else if (c === QUESTION) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw new XmlError('a processing instruction is never finished');
      i = end + 2;
    } else if (c === BANG) {
      i = special(xml, lt, h);
    } else if (isNameStart(c)) {
      i = openTag(xml, lt, h, stack, rootClosed, finders);
    } else {
      throw new XmlError('a "<" that starts no tag');
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack[stack.length - 1] ?? ''}> is never closed`);
}

/** Comments, CDATA sections and declarations after "<!". Returns where scanning resumes. */
function special(xml: string, lt: number, h: XmlHandlers): number {
  if (xml.startsWith('<!--', lt)) {
    const end = xml.indexOf('-->', lt + 4);
    if (end < 0) throw new XmlError('a comment is never finished');
    return end + 3;
  }
  if (xml.startsWith('<![CDATA[', lt)) {
    const end = xml.indexOf(']]>', lt + 9);
    if (end < 0) throw new XmlError('a CDATA section is never finished');
    h.text?.(xml.slice(lt + 9, end).replace(/\r\n?/g, '\n'));
    return end + 3;
  }
  const end = xml.indexOf('>', lt);
  if (end < 0) throw new XmlError('a declaration is never finished');
  return end + 1;
}

/** An opening or self-closing tag at `lt`. Quotes are honoured: ">" may stand inside a value. */
function openTag(xml: string, lt: number, h: XmlHandlers, stack: string[], rootClosed: boolean, find: TagFinders): number {
  const gt = tagEnd(lt, find);
  if (gt < 0) throw new XmlError(`a tag at character ${lt} is never finished`);
  const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
  const end = selfClosing ? gt - 1 : gt;
  let j = lt + 1;
  while (j < end && !endsName(xml.charCodeAt(j))) j++;
  const name = xml.slice(lt + 1, j);
  const attrs = xml.slice(j, end);
  if (attrs.includes('<')) throw new XmlError(`a "<" inside the tag <${clip(name)}>`);
  if (rootClosed) throw new XmlError(`element <${clip(name)}> after the root element`);
  h.open?.(name, attrs);
  if (selfClosing) h.close?.(name);
  else if (stack.push(name) > MAX_DEPTH) throw new XmlError(`elements are nested more than ${MAX_DEPTH} deep`);
  return gt + 1;
}

/**
 * The ">" that ends the tag at `lt`, stepping over quoted values (a value opened by either quote
 * runs to the next of the same quote), or -1. Each lookup starts where the last left off.
 */
function tagEnd(lt: number, find: TagFinders): number {
  let at = lt;
  for (;;) {
    const gt = find.gt(at);
    const double = find.double(at);
    const single = find.single(at);
    const quote = Math.min(double, single);
    if (gt < quote) return gt;
    // Both at the end of the text: no ">", or a quote never closed.
    if (gt === quote) return -1;
    const close = quote === double ? find.double(quote + 1) : find.single(quote + 1);
    at = close + 1;
  }
}

/** A name echoed in a message: a crafted part can hold a megabyte-long one. */
function clip(name: string): string {
  return name.length > 60 ? `${name.slice(0, 60)}…` : name;
}
