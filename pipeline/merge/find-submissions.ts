// Lists what is in the submissions folder. Excel's lock files and hidden system files are skipped
// with a line saying so; everything else is offered to the reader, which refuses non-workbooks clearly.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Issue } from '../../src/core';
import { CliError } from '../cli-error';

export interface FoundFiles {
  readonly files: readonly { readonly path: string; readonly modifiedAt: string }[];
  readonly skipped: readonly Issue[];
}

export async function findSubmissions(dir: string): Promise<FoundFiles> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new CliError(`Cannot read the submissions folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Check the path.`, 2, { cause: error });
  }
  const files: { path: string; modifiedAt: string }[] = [];
  const skipped: Issue[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      skipped.push({ code: 'FOLDER_SKIPPED', severity: 'warning', message: `The folder "${e.name}" inside the submissions folder was not searched`, advice: 'Move submissions to the top of the submissions folder', file: e.name });
    } else if (e.name.startsWith('~$')) {
      skipped.push({ code: 'LOCK_FILE_SKIPPED', severity: 'warning', message: 'Skipped an Excel lock file: someone had this workbook open when it was copied', advice: `Make sure ${e.name.slice(2)} was saved and closed before the merge`, file: e.name });
    } else if (e.name.startsWith('.')) {
      skipped.push({ code: 'HIDDEN_FILE_SKIPPED', severity: 'warning', message: 'Skipped a hidden system file', advice: 'Nothing to do', file: e.name });
    } else if (e.isFile()) {
      const stat = await fs.stat(full);
      files.push({ path: full, modifiedAt: stat.mtime.toISOString() });
    }
  }
  return { files, skipped };
}
