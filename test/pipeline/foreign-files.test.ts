// Files a steering committee really receives by mistake: spreadsheets from Excel, Google Sheets and
// LibreOffice (some damaged), old .xls, encrypted files, other documents. Each is a problem, never a crash.

import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { formatIssue } from '../../src/core';
import { readSubmissionFile } from '../../pipeline/xlsx/read-submission';
import { FOREIGN_XLSX, read, sampleJurisdiction, templateBytes } from '../helpers/fixtures';

const j = sampleJurisdiction();
const foreign = readdirSync(FOREIGN_XLSX).filter((f) => f.endsWith('.xlsx'));

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

async function zipOf(parts: Record<string, string>): Promise<Buffer> {
  // exceljs bundles JSZip; a plain zip of chosen parts stands in for Word files and broken packages.
  const JSZip = (await import('jszip')).default;
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('files that are not submissions', () => {
  it(`has the ${foreign.length} foreign fixtures to try`, () => {
    assert.ok(foreign.length >= 15);
  });

  for (const name of foreign) {
    it(`refuses ${name} with a clear problem naming the file`, async () => {
      const r = readSubmissionFile(path.join(FOREIGN_XLSX, name), j);
      assert.equal(r.submission, null);
      assert.equal(r.issues.length, 1);
      const issue = r.issues[0]!;
      assert.ok(['NOT_A_SUBMISSION', 'FILE_DAMAGED'].includes(issue.code), `${name}: ${formatIssue(issue)}`);
      assert.equal(issue.file, name);
      assert.ok(formatIssue(issue).includes(name));
      assert.ok(!/at .*\.js:\d+/.test(formatIssue(issue)), 'no stack trace in the message');
    });
  }

  const made: [string, () => Promise<Buffer>, string, string][] = [
    ['an empty file', async () => Buffer.alloc(0), 'FILE_EMPTY', 'The file is empty (0 bytes)'],
    ['an old .xls', async () => Buffer.concat([CFB, Buffer.from('Workbook'.padEnd(600, '\0'), 'utf16le')]), 'LEGACY_XLS', 'This is an old-format Excel 97-2003 file (.xls), not an .xlsx workbook'],
    ['a password-protected workbook', async () => Buffer.concat([CFB, Buffer.alloc(500), Buffer.from('EncryptionInfo', 'utf16le')]), 'FILE_ENCRYPTED', 'The workbook is password-protected (encrypted), so it cannot be read'],
    ['a CSV renamed to .xlsx', async () => Buffer.from('Service,Provider\nRespite,Bridges\n'), 'NOT_A_WORKBOOK', 'Not an Excel workbook: the file is not an .xlsx package'],
    ['a Word document', () => zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), 'NOT_A_WORKBOOK', 'Not an Excel workbook: the package has no workbook part (is it a Word or PowerPoint file?)'],
    ['a truncated download', async () => (await templateBytes(j, 'WG4')).subarray(0, 9000), 'FILE_DAMAGED', 'The file is damaged: its zip structure cannot be read'],
    ['a zip with no content types', () => zipOf({ 'xl/workbook.xml': '<workbook/>' }), 'FILE_DAMAGED', 'The file is damaged: it has no [Content_Types].xml part'],
  ];
  for (const [name, bytes, code, message] of made) {
    it(`refuses ${name} with ${code}`, async () => {
      const r = read(await bytes(), j, 'x.xlsx');
      assert.equal(r.submission, null);
      assert.deepEqual(r.issues.map((i) => i.code), [code]);
      assert.ok(r.issues[0]?.message.startsWith(message), r.issues[0]?.message);
      assert.ok((r.issues[0]?.advice ?? '').length > 10);
    });
  }

  it('refuses a plain workbook someone made by hand as not a submission', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S1 Practice').addRow(['Item', 'Rating']);
    const r = read(Buffer.from(await wb.xlsx.writeBuffer()), j, 'my-notes.xlsx');
    assert.equal(formatIssue(r.issues[0]!), 'Not a service-array submission: the workbook has no service-array metadata sheet (my-notes.xlsx). Only workbooks made with "service-array template" (or the add-in) can be merged; move other files out of the submissions folder');
  });

  it('reports a file it cannot open at all', async () => {
    const r = readSubmissionFile('/nonexistent/WG9.xlsx', j);
    assert.deepEqual([r.issues[0]?.code, r.issues[0]?.file], ['FILE_UNREADABLE', 'WG9.xlsx']);
  });
});
