// The parts of an .xlsx package, each inflated when first asked for. Reading the zip's central
// directory takes a few fixed-size records; node's zlib then inflates a part about three times
// faster than fflate's JavaScript, which matters at statewide scale (hundreds of workbooks per
// merge). Packages outside the plain case (zip64, encrypted entries) are read by fflate instead.
// Tests hold both paths to the same parts on every fixture.

import { inflateRawSync } from 'node:zlib';
import { PACKAGE_PROBLEMS } from './file-guard';
import { WorkbookFormatError, damaged } from './xlsx-errors';

export interface Parts {
  has(name: string): boolean;
  /** The part's bytes, or undefined when the package has no such part. */
  read(name: string): Uint8Array | undefined;
}

interface Entry {
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
const ENCRYPTED = 0x1;
const UTF8_NAMES = 0x800;
const STORED = 0;
const DEFLATED = 8;

/** Never more than `maxBytes` is inflated, whatever the directory claims: a zip bomb is refused. */
export function openPackage(bytes: Uint8Array, maxBytes: number): Parts {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readDirectory(bytes, view);
  if (entries === null) return fflatePackage(bytes, maxBytes);
  let inflated = 0;
  const cache = new Map<string, Uint8Array>();
  return {
    has: (name) => entries.has(name),
    read(name) {
      const entry = entries.get(name);
      if (entry === undefined) return undefined;
      let data = cache.get(name);
      if (data === undefined) {
        inflated += entry.size;
        if (inflated > maxBytes) throw new WorkbookFormatError(PACKAGE_PROBLEMS.tooLarge(maxBytes / 1024 / 1024));
        data = entryData(bytes, view, name, entry);
        cache.set(name, data);
      }
      return data;
    },
  };
}

/** The entries by name, or null for a package the plain path leaves to fflate. */
function readDirectory(bytes: Uint8Array, view: DataView): Map<string, Entry> | null {
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === ZIP64_MARK) return null;
  const entries = new Map<string, Entry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_HEADER) throw unreadable('a directory entry is missing');
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const entry: Entry = {
      flags,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    };
    if (flags & ENCRYPTED || entry.compressedSize === ZIP64_MARK || entry.size === ZIP64_MARK || entry.localHeader === ZIP64_MARK) return null;
    const raw = bytes.subarray(at + 46, at + 46 + nameLength);
    entries.set(Buffer.from(raw.buffer, raw.byteOffset, raw.length).toString(flags & UTF8_NAMES ? 'utf8' : 'latin1'), entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
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
  if (entry.method === STORED) return data;
  if (entry.method !== DEFLATED) throw unreadable(`the entry ${name} uses compression method ${entry.method}`);
  let out: Buffer;
  try {
    // The directory's size bounds the output, so a lying entry cannot expand without limit.
    out = inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1), chunkSize: Math.max(entry.size, 64) });
  } catch (error) {
    throw unreadable(`the entry ${name} cannot be inflated (${(error as Error).message})`);
  }
  if (out.length !== entry.size) throw unreadable(`the entry ${name} is not the size its directory gives`);
  return out;
}

const unreadable = (detail: string, cause?: unknown): WorkbookFormatError => damaged(`its zip structure cannot be read (${detail})`, cause);

/** Zip64 and encrypted-entry packages: every XML part expanded at once by fflate. */
function fflatePackage(bytes: Uint8Array, maxBytes: number): Parts {
  // Loaded only for these rare packages: it is a tenth of a reader thread's start-up otherwise.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load, on purpose (above)
  const { unzipSync } = require('fflate') as typeof import('fflate');
  let expanded = 0;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      // Sizes come from the zip directory, so a zip bomb is refused before it is inflated.
      filter: (f) => {
        if (!f.name.endsWith('.xml') && !f.name.endsWith('.rels')) return false;
        expanded += f.originalSize;
        if (expanded > maxBytes) throw new WorkbookFormatError(PACKAGE_PROBLEMS.tooLarge(maxBytes / 1024 / 1024));
        return true;
      },
    });
  } catch (error) {
    if (error instanceof WorkbookFormatError) throw error;
    throw unreadable((error as Error).message, error);
  }
  return { has: (name) => Object.hasOwn(parts, name), read: (name) => (Object.hasOwn(parts, name) ? parts[name] : undefined) };
}
