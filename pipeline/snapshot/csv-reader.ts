// Streams a CSV file into rows with papaparse's array-mode parser, at constant memory. Owns what real
// exports get wrong: BOM / Windows-1252, `sep=` lines, `;` and tab delimiters, CRLF, quoted newlines,
// blank lines, and the 1-based file line of every row (papaparse only counts data rows).

import { isAscii } from 'node:buffer';
import { createReadStream, promises as fs } from 'node:fs';
import Papa from 'papaparse';
import type { Issue } from '../../src/core/issue';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface CsvFormat {
  readonly encoding: CsvEncoding;
  readonly bomBytes: number;
  readonly delimiter: string;
  readonly newline: '\r\n' | '\n' | '\r';
  /** True when the file starts with Excel's `sep=;` line. */
  readonly sepLine: boolean;
}

export interface CsvHandlers {
  /** The header row; returning any error-severity issue stops reading this file. */
  header(headers: readonly string[]): readonly Issue[];
  /** A non-blank data row and the file line it starts on. Return false to stop reading. */
  row(fields: readonly string[], line: number): boolean | void;
  /** A row papaparse could not read (an unclosed quote): counted and reported, not passed on. */
  malformed(issue: Issue): void;
}

export interface CsvResult {
  readonly format: CsvFormat;
  readonly headerIssues: readonly Issue[];
  /** Lines in the file, counting the header and a `sep=` line. */
  readonly lines: number;
  readonly stopped: boolean;
}

const SAMPLE_BYTES = 64 * 1024;
const CHUNK_BYTES = 64 * 1024;

/** Encoding from the byte-order mark, else UTF-8 when the sample decodes strictly, else Windows-1252. */
export function sniffEncoding(sample: Uint8Array): { encoding: CsvEncoding; bomBytes: number } {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bomBytes: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  try {
    // stream: true lets a character cut at the sample's end pass; a real bad byte still throws.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return { encoding: 'utf-8', bomBytes: 0 };
  } catch {
    return { encoding: 'windows-1252', bomBytes: 0 };
  }
}

/** Delimiter and newline from the start of the decoded text; honours Excel's `sep=` first line. */
export function sniffLayout(text: string): { delimiter: string; newline: '\r\n' | '\n' | '\r'; sepLine: boolean; skip: number } {
  const firstBreak = text.search(/\r\n|\n|\r/);
  const newline = firstBreak < 0 ? '\n' : text.startsWith('\r\n', firstBreak) ? '\r\n' : text[firstBreak] === '\r' ? '\r' : '\n';
  const sep = /^sep=(.)(\r\n|\n|\r|$)/i.exec(text);
  if (sep !== null && sep[1] !== undefined) return { delimiter: sep[1], newline, sepLine: true, skip: sep[0].length };
  const header = firstBreak < 0 ? text : text.slice(0, firstBreak);
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t', '|']) {
    const n = countOutsideQuotes(header, d);
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return { delimiter: best, newline, sepLine: false, skip: 0 };
}

function countOutsideQuotes(line: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n += 1;
  }
  return n;
}

/** Whitespace-only or delimiter-only lines (`,,,,` from Excel) are blank. Checks characters, not trim(), for speed. */
function isBlank(fields: readonly string[]): boolean {
  for (const f of fields) {
    for (let i = 0; i < f.length; i++) if (f.charCodeAt(i) > 32) return false;
  }
  return true;
}

export async function readCsv(path: string, file: string, handlers: CsvHandlers): Promise<CsvResult> {
  const handle = await fs.open(path, 'r');
  const sample = new Uint8Array(SAMPLE_BYTES);
  let sampleLength: number;
  try {
    sampleLength = (await handle.read(sample, 0, SAMPLE_BYTES, 0)).bytesRead;
  } finally {
    await handle.close();
  }
  const { encoding, bomBytes } = sniffEncoding(sample.subarray(0, sampleLength));
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  let format: CsvFormat | null = null;
  let parser: Papa.Parser | null = null;
  /** papaparse's documented fastMode (split on delimiters, no quote handling), for chunks without a quote. */
  let fastParser: Papa.Parser | null = null;
  let asciiSafe = encoding === 'utf-8' || encoding === 'windows-1252';
  let partial = '';
  let line = 1;
  let headers: readonly string[] | null = null;
  let headerIssues: readonly Issue[] = [];
  let stopped = false;

  const feed = (rows: string[][], hasQuotes: boolean, errors: readonly Papa.ParseError[]): void => {
    const badRows = new Map<number, Papa.ParseError>();
    for (const e of errors) if (e.row !== undefined) badRows.set(e.row, e);
    for (let i = 0; i < rows.length && !stopped; i++) {
      const fields = rows[i] ?? [];
      const at = line;
      if (hasQuotes) for (const f of fields) for (let j = f.indexOf('\n'); j >= 0; j = f.indexOf('\n', j + 1)) line += 1;
      line += 1;
      const error = badRows.get(i);
      if (error !== undefined) {
        handlers.malformed({ code: 'CSV_MALFORMED', severity: 'error', message: `Row could not be read as CSV: ${error.message}`, advice: 'Check the quotes on this line', file, row: at });
        continue;
      }
      if (isBlank(fields)) continue;
      if (headers === null) {
        headers = fields;
        headerIssues = handlers.header(fields);
        if (headerIssues.some((x) => x.severity === 'error')) stopped = true;
      } else if (handlers.row(fields, at) === false) stopped = true;
    }
  };

  const stream = createReadStream(path, { start: bomBytes, highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let text: string;
      try {
        // Plain ASCII (most exports, whole) is the same text in UTF-8 and Windows-1252: copy it as
        // Latin-1, which skips the decoder's work. Only when the decoder holds no partial character,
        // i.e. the previous chunk ended on an ASCII byte.
        if (asciiSafe && chunk.length > 0 && isAscii(chunk)) text = chunk.toString('latin1');
        else text = decoder.decode(chunk, { stream: true });
        asciiSafe = (encoding === 'utf-8' || encoding === 'windows-1252') && chunk.length > 0 && (chunk[chunk.length - 1] ?? 0x80) < 0x80;
      } catch (cause) {
        throw new CsvEncodingError(`${file} is not valid UTF-8 past its first ${SAMPLE_BYTES / 1024} KB; save it as UTF-8 (or Windows-1252 throughout)`, cause);
      }
      if (format === null) {
        const layout = sniffLayout(text);
        format = { encoding, bomBytes, delimiter: layout.delimiter, newline: layout.newline, sepLine: layout.sepLine };
        parser = new Papa.Parser({ delimiter: layout.delimiter, newline: layout.newline, quoteChar: '"' });
        fastParser = new Papa.Parser({ delimiter: layout.delimiter, newline: layout.newline, quoteChar: '"', fastMode: true });
        if (layout.sepLine) line += 1;
        text = text.slice(layout.skip);
      }
      const input = partial + text;
      // Each parse() starts afresh (papaparse keeps no state between calls), so the two parsers can take turns.
      const hasQuotes = input.indexOf('"') >= 0;
      const result = ((hasQuotes ? parser : fastParser) as Papa.Parser).parse(input, 0, true) as Papa.ParseResult<string[]>;
      partial = input.slice(result.meta.cursor);
      feed(result.data, hasQuotes, result.errors);
      if (stopped) break;
    }
    if (!stopped && parser !== null) {
      let tail: string;
      try {
        tail = decoder.decode();
      } catch (cause) {
        throw new CsvEncodingError(`${file} ends in the middle of a UTF-8 character; save it again as UTF-8`, cause);
      }
      const input = partial + tail;
      const result = parser.parse(input, 0, false) as Papa.ParseResult<string[]>;
      feed(result.data, input.indexOf('"') >= 0, result.errors);
    }
  } finally {
    stream.destroy();
  }
  return {
    format: format ?? { encoding, bomBytes, delimiter: ',', newline: '\n', sepLine: false },
    headerIssues: headers === null ? [{ code: 'CSV_EMPTY', severity: 'error', message: `${file} has no header row`, advice: 'Export the file again with column names in the first line', file, row: 1 }] : headerIssues,
    lines: line - 1,
    stopped,
  };
}

export class CsvEncodingError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'CsvEncodingError';
  }
}
