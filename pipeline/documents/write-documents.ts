// Renders documents and writes them as one set: every file is rendered first, then all are renamed
// into place together, so a failed run leaves the folder as it was.

import * as path from 'node:path';
import { normalise, type DocumentSpec, type Issue, type Snapshot } from '../../src/core';
import { writeFilesAtomic } from '../atomic-write';
import { renderDocx, type ChartCache } from './docx-writer';

export interface WrittenFile {
  readonly path: string;
  readonly bytes: number;
}

export async function writeDocuments(specs: readonly DocumentSpec[], outDir: string, marker: string): Promise<WrittenFile[]> {
  const charts: ChartCache = new Map();
  const outputs: { path: string; data: Buffer }[] = [];
  for (const spec of specs) outputs.push({ path: path.join(outDir, spec.fileName), data: await renderDocx(spec, marker, charts) });
  await writeFilesAtomic(outputs);
  return outputs.map((o) => ({ path: o.path, bytes: o.data.length }));
}

/** A Snapshot of another jurisdiction is used as given, but said (its name is what the analysts typed). */
export function snapshotWarnings(jurisdiction: string, snapshot: Snapshot | null, file: string | undefined): Issue[] {
  if (snapshot === null || normalise(snapshot.jurisdiction) === normalise(jurisdiction)) return [];
  return [{ code: 'SNAPSHOT_JURISDICTION_DIFFERS', severity: 'warning', message: `The Snapshot is for "${snapshot.jurisdiction}", the plan for "${jurisdiction}"; its figures were used as given`, advice: 'Check it is the right Snapshot; make it with --jurisdiction set to the plan’s jurisdiction name', ...(file === undefined ? {} : { file: path.basename(file) }) }];
}
