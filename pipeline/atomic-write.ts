// Writes a file so that readers see either the old file or the complete new one, never a
// half-written one: write a temporary file beside it, then rename over the target.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { CliError } from './cli-error';

export function writeFileAtomic(target: string, data: Buffer | string): Promise<void> {
  return writeFilesAtomic([{ path: target, data }]);
}

/**
 * Writes several files so that either all of them are replaced or none is: every temporary file is
 * written first, and only then are they renamed into place.
 */
export async function writeFilesAtomic(outputs: readonly { readonly path: string; readonly data: Buffer | string }[]): Promise<void> {
  const temps: string[] = [];
  try {
    for (const o of outputs) {
      const temp = path.join(path.dirname(o.path), `.${path.basename(o.path)}.${process.pid}.${Date.now()}.tmp`);
      await fs.mkdir(path.dirname(o.path), { recursive: true });
      temps.push(temp);
      await fs.writeFile(temp, o.data);
    }
    for (const [i, o] of outputs.entries()) await fs.rename(temps[i] as string, o.path);
  } catch (error) {
    await Promise.all(temps.map((t) => fs.rm(t, { force: true })));
    const target = outputs[temps.length - 1]?.path ?? '';
    throw new CliError(`Cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Nothing was written. Check the folder exists and is writable, and that the file is not open in Excel.`, 2, { cause: error });
  }
}

/** For writers that stream to a path themselves (exceljs writeFile): they write the temp file, we rename it. */
export async function writeThroughTemp(target: string, write: (tempPath: string) => Promise<void>): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await write(temp);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
