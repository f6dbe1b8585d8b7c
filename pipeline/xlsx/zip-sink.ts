// The zip container for exceljs's streaming workbook writer, in place of the archiver it comes with.
// The archiver takes the parts one at a time once the workbook is committed, passing every chunk
// through a chain of streams and a CRC-32 in JavaScript; this deflates each part on the thread pool
// the moment it is complete, in one pass, while the next sheet is still being built, and lays the
// package out once the last is done.

import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer';
import { crc32, deflateRaw } from 'node:zlib';
import { DEFLATED, dosTime, layoutZip, type ZipEntry } from './zip-layout';

/** What exceljs appends: a rendered part, or the stream a worksheet is written through (its StreamBuf). */
export type PartSource = string | Buffer | PartStream;
export interface PartStream {
  once(event: 'finish', listener: () => void): unknown;
  /** Everything written, once the stream is finished. */
  read(): Buffer;
}

/** Where the finished package goes: exceljs waits for this stream's 'finish'. */
export interface PackageOut {
  end(bytes: Buffer): unknown;
}

export class ZipSink extends EventEmitter {
  private readonly parts: Promise<ZipEntry>[] = [];
  private readonly stamp: { time: number; date: number };

  /** `level`: zlib's deflate level; `modified`: the time every entry carries; `out` takes the package. */
  constructor(private readonly level: number, modified: Date, private readonly out: PackageOut) {
    super();
    this.stamp = dosTime(modified);
  }

  append(source: PartSource, options: { readonly name: string }): void {
    // exceljs names some parts with a leading slash, which a zip entry must not have.
    const name = Buffer.from(options.name.replace(/^\/+/, ''), 'utf8');
    // Deflating starts here or in the stream's 'finish' listener, not in a promise's continuation:
    // the sheets are built without yielding, and a continuation would wait for the last of them.
    if (typeof source === 'string') this.parts.push(this.deflate(name, Buffer.from(source, 'utf8')));
    else if (Buffer.isBuffer(source)) this.parts.push(this.deflate(name, source));
    else this.parts.push(new Promise((resolve) => source.once('finish', () => resolve(this.deflate(name, source.read())))));
  }

  finalize(): void {
    Promise.all(this.parts)
      .then((entries) => this.out.end(layoutZip(entries)))
      .catch((error: unknown) => this.emit('error', error));
  }

  private deflate(name: Buffer, content: Buffer): Promise<ZipEntry> {
    return new Promise((resolve, reject) => {
      // Room for the whole output at once: zlib's default 16 KB would hand each chunk back to this
      // thread, which is busy building the next sheet, before deflating the next.
      deflateRaw(content, { level: this.level, chunkSize: Math.max(MIN_CHUNK, content.length + 1024) }, (error, data) => {
        if (error !== null) reject(error);
        else resolve({ name, method: DEFLATED, ...this.stamp, crc: crc32(content), data, size: content.length });
      });
    });
  }
}

/** zlib's own default output chunk. */
const MIN_CHUNK = 16 * 1024;

/**
 * exceljs's streaming writer, its parts going to a ZipSink: `written` is the package, once the
 * workbook is committed. Entries carry the time `modified`; `level` is zlib's deflate level.
 */
export function streamingWorkbook(modified: Date, level: number): { readonly wb: WorkbookWriter; readonly written: Promise<Buffer> } {
  const wb = new WorkbookWriter({ useStyles: true, useSharedStrings: true, zip: { store: true } });
  // Its constructor gave the archiver it made the theme and the package's relationships; the sink
  // takes the archiver's place and is given them again (the archiver, never finalised, is dropped).
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const written = new Promise<Buffer>((resolve, reject) => out.on('end', () => resolve(Buffer.concat(chunks))).on('error', reject));
  wb.zip = new ZipSink(level, modified, out);
  wb.stream = out;
  wb.promise = Promise.all([wb.addThemes(), wb.addOfficeRels()]);
  return { wb, written };
}
