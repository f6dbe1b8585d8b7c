// Writes the laid-out Snapshot sheets (the core's SheetPlan) through Office.js in batches that stay
// under the request limit: values go in row chunks of at most BATCH_BYTES of JSON per sync, and a
// batch the host still refuses (RequestPayloadSizeLimitExceeded) is halved and sent again. The look,
// print setup and charts follow in one last sync (sheet-plan-renderer.ts).

import type { PlanValue, SheetPlan } from '../core/snapshot-layout';
import { pointsForChars } from './layout-renderer';
import { queueSheetLook } from './sheet-plan-renderer';
import type { WriteStats } from './workbook-gateway';

/** Excel on the web refuses a request over 5 MB; 4 MB of values leaves room for the request's framing. */
export const BATCH_BYTES = 4 * 1024 * 1024;

interface ValueWrite {
  readonly sheet: string;
  /** 0-based top-left. */
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly PlanValue[])[];
  /** By column, for every row of the write. */
  readonly numberFormats?: readonly string[];
}

const bytesOf = (w: ValueWrite): number => JSON.stringify(w.values).length * (w.numberFormats === undefined ? 1 : 2);

export function isPayloadTooLarge(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && (e as { code: unknown }).code === 'RequestPayloadSizeLimitExceeded';
}

/** Splits a write into row chunks whose JSON stays under `budget` (a single over-long row stays whole). */
export function chunkRows(w: ValueWrite, budget: number): ValueWrite[] {
  const out: ValueWrite[] = [];
  let start = 0;
  let size = 2;
  for (let i = 0; i < w.values.length; i++) {
    const rowBytes = (JSON.stringify(w.values[i]).length + 1) * (w.numberFormats === undefined ? 1 : 2);
    if (i > start && size + rowBytes > budget) {
      out.push({ ...w, row: w.row + start, values: w.values.slice(start, i) });
      start = i;
      size = 2;
    }
    size += rowBytes;
  }
  if (start < w.values.length) out.push({ ...w, row: w.row + start, values: w.values.slice(start) });
  return out;
}

class Batcher {
  private pending: ValueWrite[] = [];
  private pendingBytes = 0;
  syncs = 0;
  retries = 0;
  largest = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
  ) {}

  async add(w: ValueWrite): Promise<void> {
    for (const chunk of chunkRows(w, this.budget)) {
      const size = bytesOf(chunk);
      if (this.pending.length > 0 && this.pendingBytes + size > this.budget) await this.flush();
      this.pending.push(chunk);
      this.pendingBytes += size;
    }
  }

  async flush(): Promise<void> {
    const writes = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    if (writes.length > 0) await this.send(writes);
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    await this.context.sync();
  }

  private async send(writes: readonly ValueWrite[]): Promise<void> {
    for (const w of writes) {
      const range = this.context.workbook.worksheets.getItem(w.sheet).getRangeByIndexes(w.row, w.col, w.values.length, w.values[0]?.length ?? 1);
      const formats = w.numberFormats;
      if (formats !== undefined) range.numberFormat = w.values.map((r) => r.map((_, c) => (formats[c] ?? '') === '' ? 'General' : (formats[c] ?? 'General')));
      range.values = w.values.map((r) => [...r]);
    }
    try {
      await this.sync();
      this.largest = Math.max(this.largest, writes.reduce((n, w) => n + bytesOf(w), 0));
    } catch (e) {
      if (!isPayloadTooLarge(e)) throw e;
      this.retries += 1;
      const halves = splitInHalf(writes);
      if (halves === null) throw e;
      for (const half of halves) await this.send(half);
    }
  }
}

function splitInHalf(writes: readonly ValueWrite[]): ValueWrite[][] | null {
  if (writes.length > 1) {
    const mid = Math.ceil(writes.length / 2);
    return [writes.slice(0, mid), writes.slice(mid)];
  }
  const w = writes[0];
  if (w === undefined || w.values.length < 2) return null;
  const mid = Math.ceil(w.values.length / 2);
  return [[{ ...w, values: w.values.slice(0, mid) }], [{ ...w, row: w.row + mid, values: w.values.slice(mid) }]];
}

export async function writeSnapshotSheets(
  context: Excel.RequestContext,
  sheets: readonly SheetPlan[],
  replace: readonly string[],
  budget = BATCH_BYTES,
): Promise<WriteStats> {
  const batcher = new Batcher(context, budget);
  const all = context.workbook.worksheets;
  all.load('items/name');
  await batcher.sync();
  const existing = new Set(all.items.map((ws) => ws.name.toLowerCase()));
  for (const name of new Set([...replace, ...sheets.map((s) => s.name)])) {
    if (existing.has(name.toLowerCase())) all.getItem(name).delete();
  }
  for (const s of sheets) {
    const ws = all.add(s.name);
    s.columnWidths.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = pointsForChars(w)));
  }
  await batcher.sync();
  context.application.suspendApiCalculationUntilNextSync();
  for (const s of sheets) {
    for (const b of s.blocks) await batcher.add({ sheet: s.name, row: b.row - 1, col: b.col - 1, values: b.values, ...(b.numberFormats === undefined ? {} : { numberFormats: b.numberFormats }) });
  }
  await batcher.flush();
  for (const s of sheets) queueSheetLook(all.getItem(s.name), s, (name) => all.getItem(name));
  const first = sheets.find((s) => !s.hidden);
  if (first !== undefined) all.getItem(first.name).activate();
  await batcher.sync();
  return { syncs: batcher.syncs, largestBatchBytes: batcher.largest, retries: batcher.retries };
}
