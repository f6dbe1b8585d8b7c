// Renders documents and writes them as one set: every file is rendered first, then all are renamed
// into place together, so a failed run leaves the folder as it was.

import * as path from 'node:path';
import { normalise, type Issue, type Snapshot } from '../../src/core';
import { type DocumentSpec } from '../../src/core/documents';
import { checkOutputs, prepareFolder, writeFilesAtomic, type NamedFile, type Output } from '../atomic-write';
import { renderDocx, type ChartCache } from './docx-writer';

export interface WrittenFile {
  readonly path: string;
  readonly bytes: number;
}

/**
 * The documents into --out-dir (created if missing, as its help says), checked as every output is
 * before anything is rendered: none may be an input (`inputs`), a folder or another output.
 */
export async function writeDocuments(specs: readonly DocumentSpec[], outDir: string, marker: string, inputs: readonly NamedFile[]): Promise<WrittenFile[]> {
  await prepareFolder(outDir);
  const targets = specs.map((spec) => ({ path: path.join(outDir, spec.fileName), option: `--out-dir (${spec.fileName})` }));
  await checkOutputs(targets, inputs);
  const charts: ChartCache = new Map();
  const outputs: Output[] = [];
  for (const [i, spec] of specs.entries()) outputs.push({ ...(targets[i] as NamedFile), data: await renderDocx(spec, marker, charts) });
  await writeFilesAtomic(outputs);
  return outputs.map((o) => ({ path: o.path, bytes: o.data.length }));
}

/** A Snapshot of another jurisdiction is used as given, but said (its name is what the analysts typed). */
export function snapshotWarnings(jurisdiction: string, snapshot: Snapshot | null, file: string | undefined): Issue[] {
  if (snapshot === null || normalise(snapshot.jurisdiction) === normalise(jurisdiction)) return [];
  return [{ code: 'SNAPSHOT_JURISDICTION_DIFFERS', severity: 'warning', message: `The Snapshot is for "${snapshot.jurisdiction}", the plan for "${jurisdiction}"; its figures were used as given`, advice: 'Check it is the right Snapshot; make it with --jurisdiction set to the plan’s jurisdiction name', ...(file === undefined ? {} : { file: path.basename(file) }) }];
}
