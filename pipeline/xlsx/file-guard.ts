// Decides from the first bytes whether a file can be a workbook at all, before any parser sees it:
// empty files, legacy .xls and encrypted files (both OLE compound files), and anything not a zip
// each get their own clear problem instead of a confusing zip error.

import type { Issue } from '../../src/core';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Stream name that marks an encrypted OOXML package inside a compound file (UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

export type Problem = Pick<Issue, 'code' | 'message' | 'advice'>;

export const RESEND = 'Ask the work group to open it in Excel, save it again and resend it';
const ONLY_TEMPLATES = 'Only .xlsx files made from the service-array template can be merged';

export function checkWorkbookSignature(bytes: Uint8Array): Problem | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8));
  if (bytes.length === 0) return { code: 'FILE_EMPTY', message: 'The file is empty (0 bytes)', advice: 'Ask the work group to save and send the workbook again' };
  if (head.equals(CFB)) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(ENCRYPTION_INFO)
      ? { code: 'FILE_ENCRYPTED', message: 'The workbook is password-protected (encrypted), so it cannot be read', advice: 'Ask the work group to remove the password (File > Info > Protect Workbook) and send it again' }
      : { code: 'LEGACY_XLS', message: 'This is an old-format Excel 97-2003 file (.xls), not an .xlsx workbook', advice: 'Open it in Excel and use File > Save As > Excel Workbook (.xlsx), or copy the entries into a fresh template' };
  }
  if (!head.subarray(0, 4).equals(ZIP)) return { code: 'NOT_A_WORKBOOK', message: 'Not an Excel workbook: the file is not an .xlsx package', advice: ONLY_TEMPLATES };
  return null;
}

const TOO_LARGE_ADVICE = 'A submission is far smaller; check this is the right file';

/** Problems found inside the package while unzipping it (see fast-grid-reader). */
export const PACKAGE_PROBLEMS = {
  damaged: (detail: string): Problem => ({ code: 'FILE_DAMAGED', message: `The file is damaged: ${detail}`, advice: RESEND }),
  notWorkbook: (): Problem => ({ code: 'NOT_A_WORKBOOK', message: 'Not an Excel workbook: the package has no workbook part (is it a Word or PowerPoint file?)', advice: ONLY_TEMPLATES }),
  tooLarge: (limitMb: number): Problem => ({ code: 'FILE_TOO_LARGE', message: `The workbook expands to more than ${limitMb} MB`, advice: TOO_LARGE_ADVICE }),
  fileTooLarge: (limitMb: number): Problem => ({ code: 'FILE_TOO_LARGE', message: `The file is larger than ${limitMb} MB`, advice: TOO_LARGE_ADVICE }),
  /** `what`: "holds more than 500,000 filled cells". */
  overLimit: (what: string): Problem => ({ code: 'FILE_TOO_LARGE', message: `The workbook ${what}, far more than a submission`, advice: TOO_LARGE_ADVICE }),
  zipEncrypted: (): Problem => ({ code: 'FILE_ENCRYPTED', message: 'The workbook\'s zip entries are password-protected, so it cannot be read', advice: 'Ask the work group to save it from Excel without a password and send it again' }),
};
