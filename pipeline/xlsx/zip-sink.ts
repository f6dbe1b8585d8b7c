// The zip container for a workbook written sheet by sheet (see streaming-workbook), in place of the
// archiver exceljs comes with. The archiver takes the parts one at a time once the workbook is
// committed, passing every chunk through a chain of streams and a CRC-32 in JavaScript; this deflates
// each part on the thread pool the moment it is complete, in one pass, while the next sheet is still
// being built, and lays the package out once the last is done.

import { crc32, deflateRaw } from 'node:zlib';
import { DEFLATED, dosTime, layoutZip, type ZipEntry } from './zip-layout';

/** A part as a worksheet writes it (exceljs's StreamBuf): complete once it has emitted 'finish'. */
export interface PartStream {
  once(event: 'finish', listener: () => void): unknown;
  /** Everything written, once the stream is finished. */
  read(): Buffer;
}

/** zlib's own default output chunk. */
const MIN_CHUNK = 16 * 1024;

export class ZipSink {
  private readonly parts: Promise<ZipEntry>[] = [];
  private readonly stamp: { time: number; date: number };

  /** `level`: zlib's deflate level; `modified`: the time every entry carries. */
  constructor(private readonly level: number, modified: Date) {
    this.stamp = dosTime(modified);
  }

  /**
   * Deflating starts here or in the stream's 'finish' listener, not in a promise's continuation:
   * the sheets are built without yielding, and a continuation would wait for the last of them.
   */
  append(source: string | Buffer | PartStream, name: string): void {
    // exceljs names some parts with a leading slash, which a zip entry must not have.
    const entry = Buffer.from(name.replace(/^\/+/, ''), 'utf8');
    if (typeof source === 'string') this.parts.push(this.deflate(entry, Buffer.from(source, 'utf8')));
    else if (Buffer.isBuffer(source)) this.parts.push(this.deflate(entry, source));
    else this.parts.push(new Promise((resolve) => source.once('finish', () => resolve(this.deflate(entry, source.read())))));
  }

  /** The package, once every part appended is complete. */
  async finish(): Promise<Buffer> {
    return layoutZip(await Promise.all(this.parts));
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
