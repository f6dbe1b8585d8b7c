// The package editor the chart writer uses: changed and added parts read back as written, every other
// entry is the same compressed bytes as before, and fflate (a reference reader) agrees.

import assert from 'node:assert/strict';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { editZip } from '../../pipeline/xlsx/zip-edit';

/** Each entry's name and compressed bytes, from the central directory and local headers. */
function rawEntries(zip: Uint8Array): Map<string, string> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const out = new Map<string, string>();
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.set(strFromU8(zip.subarray(at + 46, at + 46 + nameLength)), Buffer.from(zip.subarray(start, start + view.getUint32(at + 20, true))).toString('hex'));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

describe('zip edit', () => {
  it('replaces and adds parts, and copies every other entry as it was', () => {
    const before = zipSync({ 'a.xml': strToU8('<a>'.repeat(500)), 'dir/': new Uint8Array(), 'dir/b.xml': strToU8('<b/>'), 'c.bin': new Uint8Array([1, 2, 3]) }, { level: 9 });
    const after = editZip(before, new Map([['dir/b.xml', strToU8('<b>changed</b>')], ['new/d.xml', strToU8('<d>é’</d>')]]));
    const parts = unzipSync(after);
    assert.deepEqual(Object.keys(parts), ['a.xml', 'dir/', 'dir/b.xml', 'c.bin', 'new/d.xml']);
    assert.equal(strFromU8(parts['dir/b.xml'] ?? new Uint8Array()), '<b>changed</b>');
    assert.equal(strFromU8(parts['new/d.xml'] ?? new Uint8Array()), '<d>é’</d>');
    assert.equal(strFromU8(parts['a.xml'] ?? new Uint8Array()), '<a>'.repeat(500));
    const [old, edited] = [rawEntries(before), rawEntries(after)];
    for (const name of ['a.xml', 'dir/', 'c.bin']) assert.equal(edited.get(name), old.get(name), `${name} copied as it was`);
  });
});
