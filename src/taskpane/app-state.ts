// What the panels share: the jurisdiction in use (chosen in this session or remembered from an
// earlier one) and the gateway. Remembering uses a small key/value store so tests can pass their own.

import { parseJsonText, parseJurisdiction, formatIssue, type Jurisdiction } from '../core';
import type { WorkbookGateway } from '../excel/workbook-gateway';

export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export interface AppDeps {
  readonly gateway: WorkbookGateway;
  readonly store: KeyValueStore;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Starts the CSV worker; the pane never parses data files on its own thread. */
  readonly startWorker: () => Worker;
}

export interface AppState {
  jurisdiction: Jurisdiction | null;
}

const KEY = (id: string): string => `service-array.jurisdiction.${id}`;

export type JurisdictionRead = { readonly ok: true; readonly jurisdiction: Jurisdiction } | { readonly ok: false; readonly message: string };

/** Parses a jurisdiction file's text; a broken file comes back as plain words, never a throw. */
export function readJurisdiction(text: string, fileName: string): JurisdictionRead {
  const json = parseJsonText(text, fileName);
  if (!json.ok) return { ok: false, message: `${fileName} is not a jurisdiction file the add-in can read: ${formatIssue(json.issue)}` };
  const parsed = parseJurisdiction(json.value, fileName);
  if (parsed.jurisdiction === null) {
    const first = parsed.issues.slice(0, 3).map(formatIssue).join(' ');
    return { ok: false, message: `${fileName} cannot be used: ${first}` };
  }
  return { ok: true, jurisdiction: parsed.jurisdiction };
}

export function remember(store: KeyValueStore, j: Jurisdiction, text: string): void {
  try {
    store.set(KEY(j.id), text);
  } catch {
    // A full or blocked store only means the file must be chosen again next time.
  }
}

export function recall(store: KeyValueStore, jurisdictionId: string): Jurisdiction | null {
  const text = store.get(KEY(jurisdictionId));
  if (text === null) return null;
  const read = readJurisdiction(text, 'the remembered jurisdiction file');
  return read.ok ? read.jurisdiction : null;
}
