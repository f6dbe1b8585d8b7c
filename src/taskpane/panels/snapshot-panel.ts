// The Snapshot view for analysts: choose CSV files, parse them in the worker with a progress bar
// and a cancel button, then write the Snapshot sheets (tables and charts) through the gateway. The
// Snapshot belongs in a workbook of its own: in any other (a work group's above all) it asks first.

import { type ColumnMapping, type Snapshot, parseColumnMapping } from '../../core/snapshot';
import type { AppDeps, AppState } from '../app-state';
import type { WorkbookState } from '../../excel/workbook-gateway';
import { ask, busy, byId, type Announcer } from '../dom';
import { SNAPSHOT_PREFIX, previousSnapshotSheets, snapshotSheets } from '../snapshot-sheets';
import type { CsvInput, FromWorker } from '../snapshot/worker-protocol';

/** The mapping file's JSON, or the message saying what is wrong with it. */
async function readMapping(file: File): Promise<ColumnMapping | { error: string }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch (e) {
    return { error: `Mapping file "${file.name}" must be JSON like {"episodes": {"childId": "CHILD_NO"}}, but it could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
  return parseColumnMapping(parsed, file.name);
}

/** The question to ask before writing into this workbook, or null when it is blank or already a Snapshot's. */
export function snapshotQuestion(state: WorkbookState): string | null {
  const others = state.sheets.filter((s) => s.state === 'visible' && !s.name.startsWith(SNAPSHOT_PREFIX)).map((s) => s.name);
  const group = state.meta?.get('workGroupName') ?? state.meta?.get('workGroupId');
  if (group !== undefined && group !== '') {
    return `This is ${group}'s assessment workbook. The Snapshot belongs in a workbook of its own: open a new blank workbook (File › New) and build it there. Add the Snapshot's sheets to this assessment workbook anyway?`;
  }
  if (others.length === 0 || (others.length === 1 && /^Sheet ?1$/i.test(others[0] ?? ''))) return null;
  return `This workbook has other sheets (${others.slice(0, 3).join(', ')}${others.length > 3 ? '…' : ''}). The Snapshot belongs in a workbook of its own: open a new blank workbook (File › New) and build it there. Add its sheets to this workbook anyway?`;
}

export function mountSnapshot(doc: Document, deps: AppDeps, state: AppState, alert: Announcer): void {
  const file = (id: string): File | undefined => byId(doc, id, HTMLInputElement).files?.[0];
  const button = byId(doc, 'snapshot-button', HTMLButtonElement);
  const cancel = byId(doc, 'snapshot-cancel', HTMLButtonElement);
  const bar = byId(doc, 'snapshot-progress', HTMLProgressElement);
  const status = byId(doc, 'snapshot-status', HTMLParagraphElement);
  const period = byId(doc, 'period-input', HTMLInputElement);
  const place = byId(doc, 'place-input', HTMLInputElement);
  const question = byId(doc, 'snapshot-ask', HTMLDivElement);
  // Empty: the worker takes the latest federal year the data covers.
  period.value = '';
  let worker: Worker | null = null;

  cancel.addEventListener('click', () => {
    worker?.postMessage({ type: 'cancel' });
    status.textContent = 'Cancelling…';
  });

  const parse = (inputs: CsvInput[], mapping: ColumnMapping | undefined): Promise<Snapshot | null> =>
    new Promise((resolve) => {
      const w = deps.startWorker();
      worker = w;
      const finish = (result: Snapshot | null): void => {
        w.terminate();
        worker = null;
        cancel.disabled = true;
        resolve(result);
      };
      w.onmessage = (event: MessageEvent<FromWorker>) => {
        const msg = event.data;
        if (msg.type === 'progress') {
          const pct = msg.total === 0 ? 100 : Math.min(100, Math.round((100 * msg.done) / msg.total));
          bar.value = pct;
          status.textContent = `Reading ${msg.file}: ${pct}%`;
        } else if (msg.type === 'cancelled') {
          status.textContent = 'Cancelled. Nothing was written to the workbook.';
          finish(null);
        } else if (msg.type === 'failed') {
          status.textContent = '';
          alert.error(`The Snapshot was not built: ${msg.message}`);
          finish(null);
        } else finish(msg.snapshot);
      };
      w.onerror = () => {
        alert.error('The Snapshot was not built: the file reader stopped unexpectedly. Close the pane, open it again and retry.');
        finish(null);
      };
      cancel.disabled = false;
      w.postMessage({
        type: 'start', inputs, period: period.value, jurisdiction: place.value.trim() || (state.jurisdiction?.name ?? 'the jurisdiction'),
        asOf: deps.now().toISOString().slice(0, 10), ...(mapping === undefined ? {} : { mapping }),
      });
    });

  button.addEventListener('click', () =>
    void busy(button, alert, async () => {
      const episodes = file('episodes-file');
      if (episodes === undefined) {
        alert.error('Choose the foster care episodes file first: the Snapshot is built from it.');
        return;
      }
      const asked = snapshotQuestion(await deps.gateway.readState());
      if (asked !== null && !(await ask(doc, question, asked, 'Add the sheets here', 'Leave this workbook as it is'))) {
        status.textContent = 'Nothing was written. Open a new blank workbook and build the Snapshot there.';
        return;
      }
      const inputs: CsvInput[] = [{ kind: 'episodes', file: episodes }];
      const reports = file('reports-file');
      const community = file('community-file');
      if (reports !== undefined) inputs.push({ kind: 'reports', file: reports });
      if (community !== undefined) inputs.push({ kind: 'community', file: community });
      const mappingFile = file('mapping-file');
      const mapping = mappingFile === undefined ? undefined : await readMapping(mappingFile);
      if (mapping !== undefined && 'error' in mapping) {
        alert.error(`${String(mapping.error)}. Fix the mapping file or leave it out.`);
        return;
      }
      bar.value = 0;
      status.textContent = 'Reading the files…';
      const snapshot = await parse(inputs, mapping);
      if (snapshot === null) return;
      status.textContent = 'Writing the Snapshot sheets…';
      const plan = snapshotSheets(snapshot);
      const existing = (await deps.gateway.readState()).sheets.map((s) => s.name);
      await deps.gateway.writeSnapshot(plan, previousSnapshotSheets(existing));
      bar.value = 100;
      const charts = plan.reduce((n, s) => n + s.charts.length, 0);
      status.textContent = `Snapshot written: ${plan.length} sheets and ${charts} charts for ${snapshot.period.label}. Counts under ${snapshot.suppression.threshold} show as "${snapshot.suppression.marker}".`;
    }),
  );
}
