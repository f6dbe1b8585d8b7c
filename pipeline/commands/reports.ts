// `service-array reports`: the Service Array Assessment Reports as Word drafts — one per capacity and
// one consolidated — from the plan workbook as the committee left it, and the Snapshot; optionally
// the plan itself as a document.

import type { Command } from 'commander';
import { formatIssue, type Issue } from '../../src/core';
import { capacityReport, consolidatedReport, planDocument, type DocumentSpec } from '../../src/core/documents';
import { AS_OF_FLAG, QUIET_FLAG, QUIET_HELP, WRITES_WITH_PROBLEMS, asOfDay, helpFooter, say } from './command-kit';
import { EXIT_OK, EXIT_PROBLEMS } from '../cli-error';
import type { SetExitCode } from './index';

interface Options {
  plan: string;
  snapshot?: string;
  outDir: string;
  planDocument?: boolean;
  quarterlyReview?: boolean;
  asOf?: string;
  quiet?: boolean;
}

export const SNAPSHOT_OPTION = ['-s, --snapshot <snapshot.json>', 'the Snapshot (from "service-array snapshot --json"): each report\'s Overview of the Data, with definitions, trends and charts'] as const;

export function registerReports(program: Command, setExitCode: SetExitCode): void {
  const command = program
    .command('reports')
    .description('Draft the Service Array Assessment Reports as Word documents (.docx), one per capacity and one consolidated, from the plan workbook and the Snapshot.')
    .requiredOption('-p, --plan <plan.xlsx>', 'the plan workbook written by "service-array merge" (the committee\'s edits in it are used)')
    .option(...SNAPSHOT_OPTION)
    .requiredOption('-o, --out-dir <dir>', 'folder to write the documents into (created if missing; the documents are replaced together)')
    .option('--plan-document', 'also write the Resource and Capacity Development Plan as a document')
    .option('--quarterly-review', 'put the Quarterly review into the plan document (implies --plan-document)')
    .option(AS_OF_FLAG, 'the draft date printed in every page header (default: today)')
    .option(QUIET_FLAG, QUIET_HELP)
    .action(async (opts: Options) => {
      const started = process.hrtime.bigint();
      const draftDate = asOfDay(opts.asOf);
      const { readPlanWorkbook } = await import('../documents/read-plan-workbook.js');
      const { readSnapshotJson } = await import('../merge/read-snapshot.js');
      const { writeDocuments, snapshotWarnings } = await import('../documents/write-documents.js');
      const { plan, warnings } = await readPlanWorkbook(opts.plan);
      const snapshot = opts.snapshot === undefined ? null : await readSnapshotJson(opts.snapshot);
      const problems: Issue[] = [...warnings, ...snapshotWarnings(plan.jurisdiction.name, snapshot, opts.snapshot)];
      const inputs = { plan, snapshot, draftDate };
      const specs: DocumentSpec[] = [...plan.reports.map((r) => capacityReport(inputs, r)), consolidatedReport(inputs)];
      if (opts.planDocument === true || opts.quarterlyReview === true) specs.push(planDocument(plan, draftDate, opts.quarterlyReview === true));
      const written = await writeDocuments(specs, opts.outDir, snapshot?.suppression.marker ?? '*', [{ path: opts.plan, option: '--plan' }, ...(opts.snapshot === undefined ? [] : [{ path: opts.snapshot, option: '--snapshot' }])]);
      for (const p of problems) process.stderr.write(`${p.severity}: ${formatIssue(p)}\n`);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      say(opts.quiet, [...written.map((w) => `wrote ${w.path} (${Math.max(1, Math.round(w.bytes / 1024))} KB)`), `${written.length} documents drafted from ${plan.file}${snapshot === null ? ' (no Snapshot: each Overview of the Data is left to write)' : ''} in ${seconds.toFixed(2)} s`]);
      setExitCode(problems.length === 0 ? EXIT_OK : EXIT_PROBLEMS);
    });
  helpFooter(
    command,
    ['reports --plan plan.xlsx --snapshot snapshot.json --out-dir reports/', 'reports --plan plan.xlsx --out-dir reports/ --plan-document --quarterly-review --as-of 2027-04-01'],
    WRITES_WITH_PROBLEMS('the plan workbook or the Snapshot has problems'),
  );
}
