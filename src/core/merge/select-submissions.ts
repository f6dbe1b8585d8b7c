// Decides which file stands for each work group: the newest valid submission wins and any older
// one is named in the report; a group without a valid file is missing, or invalid when a file that
// looks like its own could not be read.

import { isIsoDate } from '../dates';
import { completeness, nothingFilledIn, overallFraction } from '../submission/completeness';
import type { Issue } from '../issue';
import type { Jurisdiction, WorkGroup } from '../jurisdiction/jurisdiction-types';
import { findWorkGroup } from '../jurisdiction/parse-jurisdiction';
import type { Submission } from '../submission/submission-types';
import type { GroupStatus, ReceivedFile } from './merge-types';

export interface Selection {
  readonly groups: readonly GroupStatus[];
  /** The merged submission of each received group, by group id. */
  readonly chosen: ReadonlyMap<string, ReceivedFile & { readonly submission: Submission }>;
  readonly issues: readonly Issue[];
}

/** A "Ready to submit" stamp a program wrote: an ISO date and time. Anything else is no stamp. */
const STAMP = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The stamp as a UTC ISO time, or null when it is missing or not a date and time. */
export function stampTime(stamp: string): string | null {
  if (!STAMP.test(stamp) || !isIsoDate(stamp.slice(0, 10))) return null;
  const ms = Date.parse(stamp.length === 10 ? `${stamp}T00:00:00Z` : stamp);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** When a file counts as sent: its "Ready to submit" stamp if it is a real time, else its modification time. */
export function receivedAt(f: ReceivedFile): string {
  return stampTime(f.submission?.meta.submittedAt ?? '') ?? f.modifiedAt;
}

export function selectSubmissions(j: Jurisdiction, files: readonly ReceivedFile[]): Selection {
  const issues: Issue[] = [];
  const latest = new Map<string, ReceivedFile & { readonly submission: Submission }>();
  const superseded = new Map<string, string[]>();
  const valid = files.filter((f): f is ReceivedFile & { submission: Submission } => f.submission !== null);
  for (const f of valid) {
    const stamp = f.submission.meta.submittedAt;
    if (stamp !== '' && stampTime(stamp) === null) {
      issues.push({ code: 'SUBMITTED_AT_INVALID', severity: 'warning', message: `The "Ready to submit" stamp "${stamp}" is not a date and time, so the file's own time (${f.modifiedAt}) was used`, advice: 'Press "Ready to submit" again in the add-in, or ignore this if the file is the newest', file: f.file });
    }
  }
  // Oldest first, so each newer file replaces the one before; ties fall back to the file name.
  const ordered = [...valid].sort((a, b) => receivedAt(a).localeCompare(receivedAt(b)) || a.file.localeCompare(b.file));
  for (const f of ordered) {
    const id = findWorkGroup(j, f.submission.meta.workGroupId)?.id ?? f.submission.meta.workGroupId;
    const previous = latest.get(id);
    if (previous !== undefined) {
      superseded.set(id, [...(superseded.get(id) ?? []), previous.file]);
      issues.push({
        code: 'SUPERSEDED',
        severity: 'warning',
        message: `Two submissions from ${id}: ${f.file} (${receivedAt(f)}) is newer than ${previous.file} (${receivedAt(previous)}), so ${previous.file} was not merged`,
        advice: 'Remove the older file from the folder once you have checked the newer one is complete',
        file: previous.file,
      });
    }
    latest.set(id, f);
  }
  // In the jurisdiction's order, whatever the files' times: which file was superseded never changes
  // the order groups are read in, so never which wording a merged entry shows.
  const chosen = new Map<string, ReceivedFile & { readonly submission: Submission }>();
  for (const g of j.workGroups) {
    const f = latest.get(g.id);
    if (f !== undefined) chosen.set(g.id, f);
  }
  const groups = j.workGroups.map((g) => status(g, chosen.get(g.id), superseded.get(g.id) ?? [], files, issues));
  return { groups, chosen, issues };
}

function status(g: WorkGroup, f: (ReceivedFile & { submission: Submission }) | undefined, superseded: readonly string[], files: readonly ReceivedFile[], issues: Issue[]): GroupStatus {
  const base = { groupId: g.id, groupName: g.name, capacities: g.capacities, dueDate: g.dueDate, superseded };
  if (f === undefined) {
    // A file named like the group's that could not be read makes the group "invalid", not "missing".
    const own = files.find((x) => x.submission === null && (x.update ?? null) === null && new RegExp(`(^|[^a-z0-9])${escapeRegExp(g.id)}([^a-z0-9]|$)`, 'i').test(x.file));
    return {
      ...base,
      state: own === undefined ? 'missing' : 'invalid',
      file: own?.file ?? null,
      receivedAt: own?.modifiedAt ?? null,
      late: false,
      errors: own?.issues.filter((i) => i.severity === 'error').length ?? 0,
      warnings: 0,
      progress: [],
      done: 0,
    };
  }
  const when = receivedAt(f);
  const progress = completeness(f.submission);
  const empty = nothingFilledIn(f.submission);
  if (empty) {
    issues.push({ code: 'NOTHING_FILLED_IN', severity: 'warning', message: `The workbook of ${g.id} was received, but nothing has been filled in yet`, advice: 'Check with the group that they sent the workbook they worked in, not the blank one they were given', file: f.file });
  }
  return {
    ...base,
    state: empty ? 'empty' : 'received',
    file: f.file,
    receivedAt: when,
    late: when.slice(0, 10) > g.dueDate,
    errors: f.issues.filter((i) => i.severity === 'error').length,
    warnings: f.issues.filter((i) => i.severity === 'warning').length,
    progress,
    done: overallFraction(progress),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
