// Zip packages taken apart and put back together, for the fuzzer: parts by name, a plain writer
// (node's zlib), the directory's records by offset, and a zip64 rewrite. Test tooling only: the
// reader never uses it.

import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipPart {
  readonly name: string;
  readonly data: Uint8Array;
}

export interface DirectoryRecord {
  /** Offset of the record in the central directory. */
  readonly at: number;
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
  /** Where the entry's (compressed) bytes start. */
  readonly dataStart: number;
}

export interface ZipLayout {
  /** Offset of the end-of-directory record. */
  readonly end: number;
  readonly records: readonly DirectoryRecord[];
}

/** The records of a plain (not zip64) package. */
export function layout(bytes: Uint8Array): ZipLayout {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('no end of directory');
  const count = b.readUInt16LE(end + 10);
  let at = b.readUInt32LE(end + 16);
  const records: DirectoryRecord[] = [];
  for (let i = 0; i < count; i++) {
    const nameLength = b.readUInt16LE(at + 28);
    const localHeader = b.readUInt32LE(at + 42);
    records.push({
      at,
      name: b.toString('utf8', at + 46, at + 46 + nameLength),
      method: b.readUInt16LE(at + 10),
      compressedSize: b.readUInt32LE(at + 20),
      size: b.readUInt32LE(at + 24),
      localHeader,
      dataStart: localHeader + 30 + b.readUInt16LE(localHeader + 26) + b.readUInt16LE(localHeader + 28),
    });
    at += 46 + nameLength + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return { end, records };
}

/** Every part of a plain package, inflated, in directory order. */
export function unzip(bytes: Uint8Array): ZipPart[] {
  return layout(bytes).records.map((r) => {
    const raw = bytes.subarray(r.dataStart, r.dataStart + r.compressedSize);
    return { name: r.name, data: r.method === 0 ? raw : inflateRawSync(raw) };
  });
}

export interface Entry {
  readonly name: string;
  /** The bytes as stored: deflated unless `method` is 0. */
  readonly stored: Uint8Array;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
}

/** A part ready to be written: deflated (level 1 is fast on the huge repetitive parts the fuzzer makes). */
export function entry(name: string, data: Uint8Array | string, method: 0 | 8 = 8): Entry {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  return { name, stored: method === 0 ? bytes : deflateRawSync(bytes, { level: 1 }), method, crc: crc32(bytes), size: bytes.length };
}

/** A plain zip package of these entries. */
export function zip(entries: readonly Entry[]): Buffer {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.stored.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x800, 8);
    record.writeUInt16LE(e.method, 10);
    record.writeUInt32LE(e.crc >>> 0, 16);
    record.writeUInt32LE(e.stored.length, 20);
    record.writeUInt32LE(e.size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(e.stored));
    directory.push(record, name);
    offset += 30 + name.length + e.stored.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dir, end]);
}

/** The same package with a zip64 directory: every size and offset in the zip64 extra field. */
export function toZip64(bytes: Uint8Array): Buffer {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { end, records } = layout(bytes);
  const dirStart = b.readUInt32LE(end + 16);
  const directory = records.map((r) => {
    const nameLength = b.readUInt16LE(r.at + 28);
    const head = Buffer.from(b.subarray(r.at, r.at + 46 + nameLength));
    head.writeUInt32LE(0xffffffff, 20);
    head.writeUInt32LE(0xffffffff, 24);
    head.writeUInt32LE(0xffffffff, 42);
    head.writeUInt16LE(28, 30);
    head.writeUInt16LE(0, 32);
    const extra = Buffer.alloc(28);
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(r.size), 4);
    extra.writeBigUInt64LE(BigInt(r.compressedSize), 12);
    extra.writeBigUInt64LE(BigInt(r.localHeader), 20);
    return Buffer.concat([head, extra]);
  });
  const dir = Buffer.concat(directory);
  const record64At = dirStart + dir.length;
  const record64 = Buffer.alloc(56);
  record64.writeUInt32LE(0x06064b50, 0);
  record64.writeBigUInt64LE(44n, 4);
  record64.writeUInt16LE(45, 12);
  record64.writeUInt16LE(45, 14);
  record64.writeBigUInt64LE(BigInt(records.length), 24);
  record64.writeBigUInt64LE(BigInt(records.length), 32);
  record64.writeBigUInt64LE(BigInt(dir.length), 40);
  record64.writeBigUInt64LE(BigInt(dirStart), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(record64At), 8);
  locator.writeUInt32LE(1, 16);
  const tail = Buffer.alloc(22);
  tail.writeUInt32LE(0x06054b50, 0);
  tail.writeUInt16LE(0xffff, 8);
  tail.writeUInt16LE(0xffff, 10);
  tail.writeUInt32LE(0xffffffff, 12);
  tail.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([b.subarray(0, dirStart), dir, record64, locator, tail]);
}
