// Decides from the bytes alone whether a file can be opened as a workbook, before any XML parser
// sees it: legacy .xls and encrypted files, non-zips, zip bombs and zips that are not spreadsheets
// each get their own clear problem instead of a confusing zip error.

import * as yauzl from 'yauzl';
import type { Issue } from '../../src/core';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Stream name that marks an encrypted OOXML package inside a compound file (UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

export const LIMITS = {
  /** No submission comes near this; a bigger package is refused before it is expanded in memory. */
  maxUncompressed: 200 * 1024 * 1024,
  maxEntries: 5000,
  /** Expansion ratio above which a large entry is taken for a zip bomb. */
  maxRatio: 200,
};

type Problem = Pick<Issue, 'code' | 'message' | 'advice'>;

export async function checkWorkbookBytes(bytes: Buffer): Promise<Problem | null> {
  if (bytes.length === 0) return { code: 'FILE_EMPTY', message: 'The file is empty (0 bytes)', advice: 'Ask the work group to save and send the workbook again' };
  if (bytes.subarray(0, 8).equals(CFB)) {
    return bytes.includes(ENCRYPTION_INFO)
      ? { code: 'FILE_ENCRYPTED', message: 'The workbook is password-protected (encrypted), so it cannot be read', advice: 'Ask the work group to remove the password (File > Info > Protect Workbook) and send it again' }
      : { code: 'LEGACY_XLS', message: 'This is an old-format Excel 97-2003 file (.xls), not an .xlsx workbook', advice: 'Open it in Excel and use File > Save As > Excel Workbook (.xlsx), or copy the entries into a fresh template' };
  }
  if (!bytes.subarray(0, 4).equals(ZIP)) {
    return { code: 'NOT_A_WORKBOOK', message: 'Not an Excel workbook: the file is not an .xlsx package', advice: 'Only .xlsx files made from the service-array template can be merged' };
  }
  return inspectZip(bytes);
}

function inspectZip(bytes: Buffer): Promise<Problem | null> {
  const damaged = (detail: string): Problem => ({
    code: 'FILE_DAMAGED',
    message: `The file is damaged: ${detail}`,
    advice: 'Ask the work group to open it in Excel, save it again and resend it',
  });
  return new Promise((resolve) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error !== null || zip === undefined) {
        resolve(damaged(`its zip structure cannot be read (${error?.message ?? 'unknown error'})`));
        return;
      }
      let total = 0;
      let entries = 0;
      let hasWorkbook = false;
      let hasTypes = false;
      zip.on('entry', (entry: yauzl.Entry) => {
        entries += 1;
        total += entry.uncompressedSize;
        if (entry.fileName === 'xl/workbook.xml') hasWorkbook = true;
        if (entry.fileName === '[Content_Types].xml') hasTypes = true;
        const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
        if (entries > LIMITS.maxEntries || total > LIMITS.maxUncompressed || (entry.uncompressedSize > 10_000_000 && ratio > LIMITS.maxRatio)) {
          zip.close();
          resolve({ code: 'FILE_TOO_LARGE', message: `The workbook expands to more than ${LIMITS.maxUncompressed / 1024 / 1024} MB or ${LIMITS.maxEntries} parts`, advice: 'A submission is far smaller; check this is the right file' });
          return;
        }
        zip.readEntry();
      });
      zip.on('end', () => {
        if (!hasTypes) resolve(damaged('it has no [Content_Types].xml part'));
        else if (!hasWorkbook) resolve({ code: 'NOT_A_WORKBOOK', message: 'Not an Excel workbook: the package has no workbook part (is it a Word or PowerPoint file?)', advice: 'Only .xlsx files made from the service-array template can be merged' });
        else resolve(null);
      });
      zip.on('error', (e: Error) => resolve(damaged(e.message)));
      zip.readEntry();
    });
  });
}
