// Decides which file stands for each work group: the newest valid submission wins and any older
// one is named in the report; a group without a valid file is missing, or invalid when a file that
// looks like its own could not be read.

import { completeness } from '../submission/completeness';
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

/** When a file counts as sent: its "Ready to submit" stamp if present, else its modification time. */
export function receivedAt(f: ReceivedFile): string {
  const stamp = f.submission?.meta.submittedAt ?? '';
  return stamp !== '' ? stamp : f.modifiedAt;
}

export function selectSubmissions(j: Jurisdiction, files: readonly ReceivedFile[]): Selection {
  const issues: Issue[] = [];
  const chosen = new Map<string, ReceivedFile & { readonly submission: Submission }>();
  const superseded = new Map<string, string[]>();
  const valid = files.filter((f): f is ReceivedFile & { submission: Submission } => f.submission !== null);
  // Oldest first, so each newer file replaces the one before; ties fall back to the file name.
  const ordered = [...valid].sort((a, b) => receivedAt(a).localeCompare(receivedAt(b)) || a.file.localeCompare(b.file));
  for (const f of ordered) {
    const id = findWorkGroup(j, f.submission.meta.workGroupId)?.id ?? f.submission.meta.workGroupId;
    const previous = chosen.get(id);
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
    chosen.set(id, f);
  }
  const groups = j.workGroups.map((g) => status(g, chosen.get(g.id), superseded.get(g.id) ?? [], files));
  return { groups, chosen, issues };
}

function status(g: WorkGroup, f: (ReceivedFile & { submission: Submission }) | undefined, superseded: readonly string[], files: readonly ReceivedFile[]): GroupStatus {
  const base = { groupId: g.id, groupName: g.name, capacities: g.capacities, dueDate: g.dueDate, superseded };
  if (f === undefined) {
    // A file named like the group's that could not be read makes the group "invalid", not "missing".
    const own = files.find((x) => x.submission === null && (x.update ?? null) === null && new RegExp(`(^|[^a-z0-9])${g.id}([^a-z0-9]|$)`, 'i').test(x.file));
    return {
      ...base,
      state: own === undefined ? 'missing' : 'invalid',
      file: own?.file ?? null,
      receivedAt: own?.modifiedAt ?? null,
      late: false,
      errors: own?.issues.filter((i) => i.severity === 'error').length ?? 0,
      warnings: 0,
      progress: [],
    };
  }
  const when = receivedAt(f);
  return {
    ...base,
    state: 'received',
    file: f.file,
    receivedAt: when,
    late: when.slice(0, 10) > g.dueDate,
    errors: f.issues.filter((i) => i.severity === 'error').length,
    warnings: f.issues.filter((i) => i.severity === 'warning').length,
    progress: completeness(f.submission),
  };
}
