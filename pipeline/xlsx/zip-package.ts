// The parts of an .xlsx package, each inflated when asked for. Reading the zip's central directory
// takes a few fixed-size records (zip64 ones too); node's zlib then inflates a part about three
// times faster than fflate's JavaScript, which matters at statewide scale (hundreds of workbooks
// per merge). Every part is checked against its CRC-32, so a flipped byte is found, not read.
// Tests hold this to fflate on every part of every fixture.

import { crc32, inflateRawSync } from 'node:zlib';
import { PACKAGE_PROBLEMS } from './file-guard';
import { WorkbookFormatError, damaged } from './xlsx-errors';

export interface Parts {
  has(name: string): boolean;
  /** The part's bytes, or undefined when the package has no such part. Inflated anew on each call. */
  read(name: string): Uint8Array | undefined;
}

export interface ExpansionLimits {
  /** Never more than this is inflated, whatever the directory claims: a zip bomb is refused. */
  readonly maxBytes: number;
  /** Past this, DeferredRead is thrown instead: the file is read later, alone (see read-submissions). */
  readonly deferAbove?: number;
}

/** The package needs more memory than a reader may take while others read beside it. */
export class DeferredRead extends Error {
  constructor() {
    super('this workbook is read after the others, alone');
    this.name = 'DeferredRead';
  }
}

interface Entry {
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const ZIP64_MARK = 0xffffffff;
const ENCRYPTED = 0x1;
const UTF8_NAMES = 0x800;
const STORED = 0;
const DEFLATED = 8;

export function openPackage(bytes: Uint8Array, limits: ExpansionLimits): Parts {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readDirectory(bytes, view);
  let inflated = 0;
  return {
    has: (name) => entries.has(name),
    read(name) {
      const entry = entries.get(name);
      if (entry === undefined) return undefined;
      inflated += entry.size;
      if (inflated > limits.maxBytes) throw new WorkbookFormatError(PACKAGE_PROBLEMS.tooLarge(limits.maxBytes / 1024 / 1024));
      if (limits.deferAbove !== undefined && inflated > limits.deferAbove) throw new DeferredRead();
      // Not kept: each part is read once, and its text, not its bytes, is what a reader holds.
      return entryData(bytes, view, name, entry);
    },
  };
}

/** The entries by name. */
function readDirectory(bytes: Uint8Array, view: DataView): Map<string, Entry> {
  const end = findEndOfDirectory(view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const zip64 = count === 0xffff || offset === ZIP64_MARK;
  if (zip64) {
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw unreadable('its zip64 directory is missing');
    const record = safeOffset(view.getBigUint64(locator + 8, true), bytes.length - 56);
    if (view.getUint32(record, true) !== ZIP64_END) throw unreadable('its zip64 directory is missing');
    count = safeOffset(view.getBigUint64(record + 32, true), bytes.length);
    offset = safeOffset(view.getBigUint64(record + 48, true), bytes.length);
  }
  const entries = new Map<string, Entry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_HEADER) throw unreadable('a directory entry is missing');
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd + extraLength > bytes.length) throw unreadable('a directory entry is cut short');
    if (flags & ENCRYPTED) throw new WorkbookFormatError(PACKAGE_PROBLEMS.zipEncrypted());
    const sizes = zip64Sizes(view, nameEnd, extraLength, {
      size: view.getUint32(at + 24, true),
      compressedSize: view.getUint32(at + 20, true),
      localHeader: view.getUint32(at + 42, true),
    });
    const raw = bytes.subarray(at + 46, nameEnd);
    const name = Buffer.from(raw.buffer, raw.byteOffset, raw.length).toString(flags & UTF8_NAMES ? 'utf8' : 'latin1');
    entries.set(name, { method: view.getUint16(at + 10, true), crc: view.getUint32(at + 16, true), ...sizes });
    at = nameEnd + extraLength + view.getUint16(at + 32, true);
  }
  return entries;
}

interface Sizes {
  readonly size: number;
  readonly compressedSize: number;
  readonly localHeader: number;
}

/** Sizes the 32-bit fields mark as 0xFFFFFFFF are in the zip64 extra field, in this order. */
function zip64Sizes(view: DataView, extra: number, length: number, given: Sizes): Sizes {
  const wanted = (['size', 'compressedSize', 'localHeader'] as const).filter((k) => given[k] === ZIP64_MARK);
  if (wanted.length === 0) return given;
  const sizes = { ...given };
  for (let at = extra; at + 4 <= extra + length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== ZIP64_EXTRA) continue;
    if (at + 4 + 8 * wanted.length > extra + length) break;
    wanted.forEach((k, i) => (sizes[k] = safeOffset(view.getBigUint64(at + 4 + 8 * i, true), Number.MAX_SAFE_INTEGER)));
    return sizes;
  }
  throw unreadable('a zip64 entry has no sizes');
}

/** A 64-bit size or offset, refused when it points past `limit`. */
function safeOffset(value: bigint, limit: number): number {
  if (value > BigInt(limit)) throw unreadable('an offset points outside the file');
  return Number(value);
}

/** The end-of-directory record sits in the last 64 KB (22 bytes plus an optional comment). */
function findEndOfDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= 0 && at >= view.byteLength - 22 - 0xffff; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw unreadable('its directory is missing, so it was probably cut short');
}

function entryData(bytes: Uint8Array, view: DataView, name: string, entry: Entry): Uint8Array {
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) throw unreadable(`the entry ${name} is missing`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw unreadable(`the entry ${name} is cut short`);
  let out: Uint8Array;
  if (entry.method === STORED) out = data;
  else if (entry.method !== DEFLATED) throw unreadable(`the entry ${name} uses compression method ${entry.method}`);
  else {
    try {
      // The directory's size bounds the output, so a lying entry cannot expand without limit.
      out = inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1), chunkSize: Math.max(entry.size, 64) });
    } catch (error) {
      throw unreadable(`the entry ${name} cannot be inflated (${(error as Error).message})`);
    }
  }
  if (out.length !== entry.size) throw unreadable(`the entry ${name} is not the size its directory gives`);
  if (crc32(out) !== entry.crc) throw damaged(`its part ${name} fails its CRC-32 check: some of its bytes were changed after it was saved`);
  return out;
}

const unreadable = (detail: string, cause?: unknown): WorkbookFormatError => damaged(`its zip structure cannot be read (${detail})`, cause);
