// Writes a file so that readers see either the old file or the complete new one, never a
// half-written one: write a temporary file beside it, then rename over the target.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CliError } from './cli-error';

export async function writeFileAtomic(target: string, data: Buffer | string): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(temp, data);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw new CliError(`Cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Check the folder exists and is writable, and that the file is not open in Excel.`, 2, { cause: error });
  }
}
