// Writes a command's outputs as a set: readers, and the next run, see either every previous file or
// every new one, never a mix, even when the process is killed at any moment.
//
// 1. Every output is written to a temporary file beside its target and flushed to disk.
// 2. A commit record listing them is put beside the first output (itself written, then renamed).
// 3. Each target is hard-linked to a backup, then every temporary file is renamed over its target.
// 4. The record and the backups are removed.
// A rename that fails puts every earlier target back from its backup. A run killed before step 2
// left only temporary files: the next run removes them. Killed after it, the new set was complete
// on disk: the next run finishes the renames. Temporary files carry the writer's process id, so a
// run never touches those of one still running.

import { closeSync, copyFileSync, fsyncSync, promises as fs, linkSync, lstatSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { CliError } from './cli-error';
import { fileErrorWords } from './file-errors';

export interface Output {
  readonly path: string;
  readonly data: Buffer | string;
  /** How the user named it, for messages: "--out", "--json". */
  readonly option?: string;
}

/** A file a command reads or writes, and how the user named it. */
export interface NamedFile {
  readonly path: string;
  readonly option: string;
}

const TAG = 'service-array';
/** .plan.xlsx.service-array-1234-9f8e7d6c.tmp: the target's name, the writer's process, a random part, the kind. */
const OURS = new RegExp(`^\\.(.+)\\.${TAG}-(\\d+)-[0-9a-f]+\\.(tmp|old|commit)$`);

const own = (target: string, kind: 'tmp' | 'old' | 'commit', run: string): string => path.join(path.dirname(target), `.${path.basename(target)}.${TAG}-${process.pid}-${run}.${kind}`);

/**
 * Refuses, with exit 2 and before anything is read or written: two outputs that are one file, an
 * output that is one of the inputs, an output that is a folder, and an output whose folder is
 * missing (it is never created: a mistyped path would leave folders anywhere). Then settles what
 * a killed run left beside the outputs (see cleanUp).
 */
export async function checkOutputs(outputs: readonly NamedFile[], inputs: readonly NamedFile[]): Promise<void> {
  const ids = await Promise.all(inputs.map((i) => identity(i.path)));
  const seen = inputs.map((named, i) => ({ id: ids[i] as string, named }));
  for (const output of outputs) {
    const dir = path.dirname(path.resolve(output.path));
    const folder = await fs.stat(dir).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (!('isDirectory' in folder)) throw new CliError(`The folder ${dir} for ${output.option} ${folder.code === 'ENOENT' ? 'does not exist' : `cannot be used: ${fileErrorWords(folder)}`}. Nothing was written. Create the folder first, or check the path.`);
    if (!folder.isDirectory()) throw new CliError(`${dir}, the folder for ${output.option}, is a file, not a folder. Nothing was written.`);
    const target = await fs.stat(output.path).catch(() => null);
    if (target?.isDirectory() === true) throw new CliError(`${output.option} ${output.path} is a folder; give a file name inside it. Nothing was written.`);
    const id = await identity(output.path);
    const same = seen.find((s) => s.id === id);
    if (same !== undefined) {
      const what = inputs.includes(same.named) ? `the input given as ${same.named.option}` : `the output given as ${same.named.option}`;
      throw new CliError(`${output.option} ${output.path} is the same file as ${what}. Nothing was written. Give each output its own file name, apart from every input.`);
    }
    seen.push({ id, named: output });
  }
  // Whatever a killed run left beside these outputs is settled before this run does anything.
  cleanUp(outputs.map((o) => o.path));
}

/** Who a path is, however it is written: device and inode when it exists (links, case), else its resolved path. */
async function identity(file: string): Promise<string> {
  const s = await fs.stat(file).catch(() => null);
  if (s !== null) return `inode ${s.dev}:${s.ino}`;
  const dir = await fs.realpath(path.dirname(path.resolve(file))).catch(() => path.dirname(path.resolve(file)));
  const full = path.join(dir, path.basename(file));
  // Where file names ignore case, Plan.xlsx and plan.xlsx would be one file.
  return process.platform === 'win32' || process.platform === 'darwin' ? full.toLowerCase() : full;
}

/** One file, its folder created if missing (the template writers' --out-dir). */
export async function writeFileAtomic(target: string, data: Buffer | string): Promise<void> {
  await makeFolder(path.dirname(target));
  await writeFilesAtomic([{ path: target, data }]);
}

/**
 * mkdir -p, one level at a time: node's own recursive mkdir never returns where a level cannot be
 * made, as under /proc (it tries the level above again and again).
 */
export async function makeFolder(dir: string): Promise<void> {
  const full = path.resolve(dir);
  const stat = await fs.stat(full).catch((error: unknown) => error as NodeJS.ErrnoException);
  if ('isDirectory' in stat) {
    if (stat.isDirectory()) return;
    throw Object.assign(new Error(`${full} is a file`), { code: 'ENOTDIR' });
  }
  if (stat.code !== 'ENOENT' || path.dirname(full) === full) throw stat;
  await makeFolder(path.dirname(full));
  await fs.mkdir(full).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  });
}

/** Writes the outputs as a set (see the top of this file). Check them with checkOutputs first. */
export async function writeFilesAtomic(outputs: readonly Output[]): Promise<void> {
  const first = outputs[0];
  if (first === undefined) return;
  cleanUp(outputs.map((o) => o.path));
  const run = randomBytes(4).toString('hex');
  const plan = outputs.map((o) => ({ output: o, temp: path.resolve(own(o.path, 'tmp', run)), target: path.resolve(o.path), backup: path.resolve(own(o.path, 'old', run)) }));
  const record = own(first.path, 'commit', run);
  const recordTemp = own(first.path, 'tmp', `${run}0`);
  const backedUp: boolean[] = [];
  const abandon = (): void => {
    for (const p of plan) {
      rmSync(p.temp, { force: true });
      rmSync(p.backup, { force: true });
    }
    rmSync(recordTemp, { force: true });
  };
  let failing = first;
  try {
    for (const p of plan) {
      failing = p.output;
      writeDurably(p.temp, p.output.data);
    }
    for (const p of plan) {
      failing = p.output;
      backedUp.push(backUp(p.target, p.backup));
    }
    failing = first;
    const commit: Commit = plan.map(({ temp, target, backup }) => ({ temp, target, backup }));
    writeDurably(recordTemp, JSON.stringify(commit));
    renameSync(recordTemp, record);
  } catch (error) {
    abandon();
    throw cannotWrite(failing, error);
  }
  // Synchronous from here: the renames follow one another within microseconds.
  for (const [i, p] of plan.entries()) {
    try {
      renameSync(p.temp, p.target);
    } catch (error) {
      // The record goes first: what is left is the previous set, and nothing must finish this one.
      rmSync(record, { force: true });
      restore(plan.slice(0, i), backedUp);
      abandon();
      throw cannotWrite(p.output, error);
    }
  }
  rmSync(record, { force: true });
  for (const p of plan) rmSync(p.backup, { force: true });
}

type Commit = readonly { readonly temp: string; readonly target: string; readonly backup: string }[];

function writeDurably(file: string, data: Buffer | string): void {
  const fd = openSync(file, 'wx');
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function cannotWrite(o: Output, error: unknown): CliError {
  const named = o.option === undefined ? o.path : `${o.option} ${o.path}`;
  return new CliError(`Cannot write ${named}: ${fileErrorWords(error)}. Nothing was written: every output is as it was. Check the folder is writable, the disk has room and the file is not open in Excel.`, 2, { cause: error });
}

/** A second name for the target's current contents, so it can be put back; false when there is no file to keep. */
function backUp(target: string, backup: string): boolean {
  const current = lstatOrNull(target);
  // Nothing to keep; a folder is refused by checkOutputs, and its rename fails, naming it.
  if (current === null || current.isDirectory()) return false;
  try {
    linkSync(target, backup);
  } catch {
    // Some file systems have no hard links.
    copyFileSync(target, backup);
  }
  return true;
}

function lstatOrNull(file: string): Stats | null {
  try {
    return lstatSync(file);
  } catch {
    return null;
  }
}

function restore(done: Commit, backedUp: readonly boolean[]): void {
  done.forEach((p, i) => {
    if (backedUp[i] === true) renameSync(p.backup, p.target);
    else rmSync(p.target, { force: true });
  });
}

/**
 * What earlier runs that were killed left beside these targets: a commit record is finished (its
 * set was complete), then every temporary file and backup of a process no longer running is removed.
 */
export function cleanUp(targets: readonly string[]): void {
  const dirs = [...new Set(targets.map((t) => path.dirname(path.resolve(t))))];
  for (const dir of dirs) {
    for (const entry of stale(dir).filter((e) => e.kind === 'commit')) finishCommit(path.join(dir, entry.name));
  }
  for (const dir of dirs) for (const entry of stale(dir)) rmSync(path.join(dir, entry.name), { force: true });
}

function stale(dir: string): { name: string; kind: string }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const m = OURS.exec(name);
    return m !== null && !running(Number(m[2])) ? [{ name, kind: m[3] ?? '' }] : [];
  });
}

function finishCommit(record: string): void {
  let plan: Commit;
  try {
    plan = JSON.parse(readFileSync(record, 'utf8')) as Commit;
  } catch {
    return;
  }
  for (const p of Array.isArray(plan) ? plan : []) {
    if (typeof p?.temp !== 'string' || typeof p.target !== 'string') continue;
    // A temporary file still there was not renamed yet; one gone was.
    if (lstatOrNull(p.temp) !== null) renameSync(p.temp, p.target);
  }
}

/** Whether the process that wrote a file may still be writing: this one always may. */
function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** For writers that stream to a path themselves (exceljs writeFile): they write the temp file, we rename it. */
export async function writeThroughTemp(target: string, write: (tempPath: string) => Promise<void>): Promise<void> {
  const temp = own(target, 'tmp', randomBytes(4).toString('hex'));
  try {
    await makeFolder(path.dirname(target));
    await write(temp);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** An --out-dir, created if missing (as every such option's help says), or a message naming it. */
export async function prepareFolder(outDir: string): Promise<void> {
  try {
    await makeFolder(outDir);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no folder can be made there' : fileErrorWords(error);
    throw new CliError(`Cannot create the folder ${outDir} for --out-dir: ${why}. Nothing was written.`, 2, { cause: error });
  }
}
