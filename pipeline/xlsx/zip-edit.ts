// Edits a plain zip package (such as the one exceljs writes): parts given new bytes are deflated
// again, new parts added, and every other entry copied as it is, compressed bytes and checksum
// included, so untouched parts cost nothing. Zip64 and encrypted packages are refused: we only
// edit packages we wrote.

import { crc32, deflateRawSync } from 'node:zlib';
import { DEFLATED, DOS_EPOCH, ZIP_SIGNATURES as SIG, layoutZip, type ZipEntry } from './zip-layout';

function entries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== SIG.end) end--;
  if (end < 0) throw new Error('not a zip package: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== SIG.central) throw new Error('broken zip directory');
    const flags = view.getUint16(at + 8, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const local = view.getUint32(at + 42, true);
    if ((flags & 1) !== 0 || compressed === 0xffffffff || local === 0xffffffff) throw new Error('zip64 or encrypted packages are not edited');
    const nameLength = view.getUint16(at + 28, true);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.push({
      name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      data: bytes.subarray(dataStart, dataStart + compressed),
      size,
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

function fresh(name: string, content: Uint8Array, like?: ZipEntry): ZipEntry {
  return { name: Buffer.from(name, 'utf8'), method: DEFLATED, time: like?.time ?? DOS_EPOCH.time, date: like?.date ?? DOS_EPOCH.date, crc: crc32(content), data: deflateRawSync(content), size: content.length };
}

/** The package with `changes` (part name → bytes) replacing or adding parts, in the original order then new ones. */
export function editZip(bytes: Uint8Array, changes: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const old = entries(bytes);
  const names = new Set(old.map((e) => e.name.toString('utf8')));
  const all = [
    ...old.map((e) => {
      const change = changes.get(e.name.toString('utf8'));
      return change === undefined ? e : fresh(e.name.toString('utf8'), change, e);
    }),
    ...[...changes].filter(([name]) => !names.has(name)).map(([name, content]) => fresh(name, content)),
  ];
  return layoutZip(all);
}
