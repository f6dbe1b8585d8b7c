// The workbooks the pipeline writes for the bundled samples, each made once per test run and shared
// by the tests that check them (structure, rendering, row heights): the Snapshot of the sample CSVs,
// a work group's template and status update, the roster, and the consolidated plan of the samples.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runMerge } from '../../pipeline/merge/run-merge';
import { readPreviousPlan } from '../../pipeline/merge/previous-plan-reader';
import { buildStatusTemplate } from '../../pipeline/monitoring/write-status-templates';
import { renderRoster } from '../../pipeline/roster/roster-writer';
import { runSnapshot } from '../../pipeline/snapshot/snapshot-command';
import { analyseRoster, assignmentsFrom, type Snapshot } from '../../src/core';
import { ROOT, group, sampleJurisdiction, templateBytes } from './fixtures';
import { AS_OF, NOW, QUIET, scratch } from './merge-fixtures';

export const SNAPSHOT_SAMPLES = path.join(ROOT, 'samples/snapshot');
/** Pinned so the default period is FFY2026 whatever the date. */
export const SNAPSHOT_TODAY = new Date('2026-11-23T12:00:00Z');

let snapshot: Promise<{ snapshot: Snapshot; xlsx: Buffer }> | null = null;

/** The sample Snapshot (as `npm run snapshot` makes it) and its workbook's bytes. */
export function sampleSnapshot(): Promise<{ snapshot: Snapshot; xlsx: Buffer }> {
  snapshot ??= (async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'sa-snapshot-'));
    const file = path.join(out, 'snapshot.xlsx');
    const outcome = await runSnapshot(
      {
        episodes: path.join(SNAPSHOT_SAMPLES, 'episodes.csv'),
        reports: path.join(SNAPSHOT_SAMPLES, 'reports.csv'),
        community: path.join(SNAPSHOT_SAMPLES, 'community.csv'),
        out: file,
        jurisdiction: 'Riverbend County',
        quiet: true,
      },
      { today: SNAPSHOT_TODAY, log: () => undefined, warn: () => undefined, threads: false },
    );
    const xlsx = readFileSync(file);
    rmSync(out, { recursive: true, force: true });
    return { snapshot: outcome.snapshot, xlsx };
  })();
  return snapshot;
}

let others: Promise<Record<'template' | 'roster' | 'status' | 'plan', Buffer>> | null = null;

/**
 * The other workbooks the pipeline writes for the samples: WG1's assessment template, the roster
 * (as of a day with an at-risk member), the merged sample plan and WG1's quarterly status update from it.
 */
export function sampleWorkbooks(): Promise<Record<'template' | 'roster' | 'status' | 'plan', Buffer>> {
  others ??= (async () => {
    const j = sampleJurisdiction();
    const s = scratch();
    try {
      await runMerge(s.options(), QUIET);
      const { plan } = await readPreviousPlan(s.options().out, j);
      return {
        plan: readFileSync(s.options().out),
        template: await templateBytes(j, 'WG1'),
        roster: await renderRoster(analyseRoster(j, j.stakeholders, assignmentsFrom(j), AS_OF), j.name, NOW),
        status: await buildStatusTemplate(j, group(j, 'WG1'), plan.steps, AS_OF, NOW, 'render-test'),
      };
    } finally {
      s.remove();
    }
  })();
  return others;
}
