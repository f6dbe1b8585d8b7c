// The Web Worker entry: parses the chosen CSV files with papaparse, chunk by chunk, into the
// Snapshot core's run, reports progress, honours cancel between chunks, and posts back only the
// finished Snapshot (aggregates). Rows never leave this worker.

import Papa from 'papaparse';
import { formatIssue, type Issue } from '../../core';
import { type Period, SnapshotRun, type SnapshotRunOptions, assembleSnapshot, dataRange, latestCompleteFfy, latestCoveredFfy, parseIsoDay, parsePeriod, periodOutsideData } from '../../core/snapshot';
import { CsvFeed } from './csv-feed';
import type { CsvInput, FromWorker, ToWorker } from './worker-protocol';

let cancelled = false;
const post = (msg: FromWorker): void => self.postMessage(msg);

function parseFile(input: CsvInput, run: SnapshotRun, onChunk: (done: number) => void): Promise<CsvFeed> {
  const feed = new CsvFeed(run.sink(input.kind, input.file.name));
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(input.file, {
      chunkSize: 512 * 1024,
      skipEmptyLines: false,
      chunk(results, parser) {
        feed.rows(results.data);
        onChunk(results.meta.cursor);
        if (feed.stopped) parser.abort();
        else if (cancelled) parser.abort();
        else {
          // Yield between chunks so a "cancel" message can arrive.
          parser.pause();
          setTimeout(() => parser.resume(), 0);
        }
      },
      complete: () => resolve(feed),
      error: (e) => reject(new Error(`${input.file.name} could not be read: ${e.message}`)),
    });
  });
}

type ReadOutcome = { readonly run: SnapshotRun; readonly issues: readonly Issue[] } | Extract<FromWorker, { type: 'failed' | 'cancelled' }>;

async function readAll(msg: Extract<ToWorker, { type: 'start' }>, options: SnapshotRunOptions): Promise<ReadOutcome> {
  const run = new SnapshotRun(options);
  const total = msg.inputs.reduce((n, i) => n + i.file.size, 0);
  let before = 0;
  const issues: Issue[] = [];
  for (const input of msg.inputs) {
    const feed = await parseFile(input, run, (done) => post({ type: 'progress', file: input.file.name, done: before + done, total }));
    if (cancelled) return { type: 'cancelled' };
    const bad = feed.headerIssues.filter((i) => i.severity === 'error');
    if (!feed.sawHeader) return { type: 'failed', message: `${input.file.name} is empty: it has no header row.` };
    if (bad.length > 0) return { type: 'failed', message: bad.map(formatIssue).join(' ') };
    issues.push(...feed.headerIssues);
    before += input.file.size;
  }
  return { run, issues };
}

async function start(msg: Extract<ToWorker, { type: 'start' }>): Promise<FromWorker> {
  const asOf = parseIsoDay(msg.asOf);
  const explicit = msg.period.trim() === '' ? null : parsePeriod(msg.period);
  if (explicit !== null && 'error' in explicit) return { type: 'failed', message: explicit.error };
  const base = { jurisdiction: msg.jurisdiction, asOf, ...(msg.mapping === undefined ? {} : { mapping: msg.mapping }) };
  let period: Period = explicit ?? latestCompleteFfy(asOf);
  let read = await readAll(msg, { ...base, period });
  if (!('run' in read)) return read;
  let parts = read.run.finishParts();
  const range = dataRange(parts.episodes, parts.reports);
  if (range === null) return { type: 'failed', message: 'The episodes file has no dated rows: no Snapshot can be made.' };
  const outside = periodOutsideData(period, range);
  if (outside !== null && explicit !== null) return { type: 'failed', message: outside };
  const covered = latestCoveredFfy(range);
  if (explicit === null && covered.label !== period.label) {
    // No period given and the calendar's latest year is not the data's: read again for the data's.
    period = covered;
    read = await readAll(msg, { ...base, period });
    if (!('run' in read)) return read;
    parts = read.run.finishParts();
  }
  const { issues } = read;
  const snapshot = assembleSnapshot({ ...base, period }, parts.episodes, parts.reports, parts.community, read.run.files());
  return { type: 'done', snapshot, issues };
}

self.onmessage = (event: MessageEvent<ToWorker>): void => {
  const msg = event.data;
  if (msg.type === 'cancel') {
    cancelled = true;
    return;
  }
  cancelled = false;
  start(msg).then(post, (e: unknown) => post({ type: 'failed', message: e instanceof Error ? e.message : String(e) }));
};
