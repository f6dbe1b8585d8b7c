// Lists what is in the submissions folder, as people and sync clients really leave it. Excel's lock
// files, hidden files and subfolders are skipped with a line saying so; a link to a file is followed
// and named as a link; broken and looping links, pipes and devices are skipped with their own codes;
// a file that vanishes while the folder is read is reported against its name. Everything else is
// offered to the reader, which refuses non-workbooks clearly.

import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import type { Issue } from '../../src/core';
import { CliError } from '../cli-error';
import { fileErrorWords } from '../file-errors';

export interface FoundFiles {
  readonly files: readonly { readonly path: string; readonly modifiedAt: string }[];
  /** Entries skipped, links followed and files that could not be looked at: one issue each. */
  readonly skipped: readonly Issue[];
}

type Found = { readonly file: { path: string; modifiedAt: string } } | { readonly issue: Issue };

export async function findSubmissions(dir: string): Promise<FoundFiles> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    throw new CliError(`Cannot read the submissions folder ${dir}: ${fileErrorWords(error)}. Check the path.`, 2, { cause: error });
  }
  const files: { path: string; modifiedAt: string }[] = [];
  const skipped: Issue[] = [];
  // Looked at all at once: a statewide folder holds hundreds of files.
  const looked = await Promise.all(names.sort((a, b) => a.localeCompare(b)).map((name) => look(dir, name)));
  for (const found of looked) {
    for (const f of found) {
      if ('file' in f) files.push(f.file);
      else skipped.push(f.issue);
    }
  }
  return { files, skipped };
}

async function look(dir: string, name: string): Promise<Found[]> {
  const full = path.join(dir, name);
  const note = (code: string, message: string, advice: string): Found => ({ issue: { code, severity: 'warning', message, advice, file: name } });
  if (name.startsWith('~$')) return [note('LOCK_FILE_SKIPPED', 'Skipped an Excel lock file: someone had this workbook open when it was copied', `Make sure ${name.slice(2)} was saved and closed before the merge`)];
  if (name.startsWith('.')) return [note('HIDDEN_FILE_SKIPPED', 'Skipped a hidden system file', 'Nothing to do')];
  let entry: Stats;
  try {
    entry = await fs.lstat(full);
  } catch (error) {
    return [unreadable(name, error)];
  }
  if (entry.isDirectory()) return [folder(name)];
  if (entry.isFile()) return [{ file: { path: full, modifiedAt: entry.mtime.toISOString() } }];
  if (!entry.isSymbolicLink()) return [special(name, entry)];
  const target = await fs.readlink(full).catch(() => '?');
  let linked: Stats;
  try {
    linked = await fs.stat(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return [note('LINK_LOOP_SKIPPED', `Skipped a link that leads back to itself (it points to ${target})`, 'Replace the link with the workbook itself')];
    if (code === 'ENOENT') return [note('LINK_BROKEN_SKIPPED', `Skipped a link to ${target}, which does not exist`, 'Replace the link with the workbook itself, or point it at the workbook')];
    return [unreadable(name, error)];
  }
  if (linked.isDirectory()) return [folder(name)];
  if (!linked.isFile()) return [special(name, linked)];
  return [
    { file: { path: full, modifiedAt: linked.mtime.toISOString() } },
    note('LINK_FOLLOWED', `This is a link to ${target}; that workbook was read`, 'Nothing to do, if that is the workbook meant'),
  ];
}

function unreadable(name: string, error: unknown): Found {
  const gone = (error as NodeJS.ErrnoException).code === 'ENOENT';
  return {
    issue: {
      code: 'FILE_UNREADABLE',
      severity: 'error',
      message: gone ? 'The file disappeared while the folder was being read (moved, renamed or deleted, perhaps by Excel saving or a sync client)' : `Cannot look at the file: ${fileErrorWords(error)}`,
      advice: 'Wait until nobody is saving into the folder, then merge again',
      file: name,
    },
  };
}

function folder(name: string): Found {
  return { issue: { code: 'FOLDER_SKIPPED', severity: 'warning', message: `The folder "${name}" inside the submissions folder was not searched`, advice: 'Move submissions to the top of the submissions folder', file: name } };
}

function special(name: string, s: Stats): Found {
  const kind = s.isFIFO() ? 'a pipe' : s.isSocket() ? 'a socket' : s.isCharacterDevice() || s.isBlockDevice() ? 'a device' : 'not a regular file';
  return { issue: { code: 'SPECIAL_FILE_SKIPPED', severity: 'warning', message: `Skipped "${name}": it is ${kind}, not a file`, advice: 'Only workbook files are merged; remove it from the submissions folder', file: name } };
}
