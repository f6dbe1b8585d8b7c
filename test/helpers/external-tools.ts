// Real second clients used by the tests: LibreOffice (and later Chromium). On a developer machine
// without them a test skips; under CI=true a missing tool fails the run, as CI must install it.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const SOFFICE = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((p) => existsSync(p));

/** Call at the top of a test or hook that needs the tool. */
export function requireTool(ctx: Mocha.Context, name: string, present: boolean): void {
  if (present) return;
  if (process.env['CI'] === 'true') throw new Error(`${name} is required under CI=true but is not installed (see .ci/run)`);
  ctx.skip();
}

/** Opens the workbook in LibreOffice Calc and saves it again as .xlsx, as a user of LibreOffice would. */
export async function resaveWithLibreOffice(bytes: Buffer, name: string): Promise<Buffer> {
  if (SOFFICE === undefined) throw new Error('LibreOffice is not installed');
  const dir = mkdtempSync(path.join(tmpdir(), 'sa-lo-'));
  try {
    const input = path.join(dir, 'in', name);
    const outDir = path.join(dir, 'out');
    await run('mkdir', ['-p', path.dirname(input), outDir]);
    writeFileSync(input, bytes);
    // A private profile lets tests run while another LibreOffice is open, and leaves no trace.
    await run(SOFFICE, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, input], { timeout: 120_000 });
    return readFileSync(path.join(outDir, name));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Debian's own Python, the one with LibreOffice's bridge (`import uno`; a pyenv or venv Python has none). */
export const PYTHON = '/usr/bin/python3';
/** Debian's python3-uno puts the bridge here, for the system Python only. */
const UNO_MODULE = '/usr/lib/python3/dist-packages/uno.py';

export function hasUno(): boolean {
  return existsSync(PYTHON) && existsSync(UNO_MODULE);
}

export const hasPoppler = (): boolean => existsSync('/usr/bin/pdfimages') && existsSync('/usr/bin/pdftotext');
