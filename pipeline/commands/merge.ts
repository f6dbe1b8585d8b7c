// `service-array merge`: every submitted workbook into the consolidated plan, with a report of what
// is missing, late or invalid. Exit 0 clean, 1 written with problems, 2 nothing written.

import type { Command } from 'commander';
import type { SingleBar } from 'cli-progress';
import { formatIssue, type ConsolidatedPlan } from '../../src/core';
import { AS_OF_FLAG, CONFIG_FLAG, CONFIG_HELP, QUIET_FLAG, QUIET_HELP, WRITES_WITH_PROBLEMS, asOfDay, helpFooter } from './command-kit';
import type { MergeProgress } from '../merge/run-merge';
import type { SetExitCode } from './index';

interface Options {
  config: string;
  out: string;
  previous?: string;
  snapshot?: string;
  engagement?: string;
  json?: string;
  csv?: string;
  asOf?: string;
  quiet?: boolean;
  engagementColours?: boolean;
}

/** Problems printed on the terminal; the Problems sheet always has them all. */
const SHOWN_PROBLEMS = 25;

export function registerMerge(program: Command, setExitCode: SetExitCode): void {
  const command = program
    .command('merge')
    .description('Merge the work groups\' submitted workbooks into the consolidated Resource and Capacity Development Plan.')
    .argument('<submissions-dir>', 'folder holding the submitted .xlsx workbooks')
    .requiredOption(CONFIG_FLAG, CONFIG_HELP)
    .requiredOption('-o, --out <plan.xlsx>', 'the plan workbook to write (replaced atomically)')
    .option('-p, --previous <plan.xlsx>', 'the previous plan: committee edits are carried over and changes listed')
    .option('-s, --snapshot <snapshot.json>', 'a Snapshot (from "service-array snapshot --json") for each report\'s Overview of the Data')
    .option('-e, --engagement <engagement.xlsx>', 'the steering committee\'s engagement workbook: the Overview repeats its headline (gaps, overdue feedback)')
    .option('--json <report.json>', 'also write the plan as a JSON report')
    .option('--engagement-colours', 'put the committee\'s engagement colours, next steps and owners into the plan\'s roster (off: the plan is shared beyond the committee)')
    .option('--csv <steps.csv>', 'also write the action steps as CSV')
    .option(AS_OF_FLAG, 'judge overdue steps and late submissions against this day (default: today)')
    .option(QUIET_FLAG, QUIET_HELP)
    .action(async (dir: string, opts: Options) => {
      const asOf = asOfDay(opts.asOf);
      const started = process.hrtime.bigint();
      // Loaded here so that --help and argument errors answer at once, without loading exceljs.
      const { runMerge } = await import('../merge/run-merge.js');
      const snapshot = opts.snapshot === undefined ? undefined : await (await import('../merge/read-snapshot.js')).readSnapshotJson(opts.snapshot);
      const run = await runMerge(
        {
          submissionsDir: dir,
          config: opts.config,
          out: opts.out,
          ...(opts.previous === undefined ? {} : { previous: opts.previous }),
          ...(opts.engagement === undefined ? {} : { engagement: opts.engagement }),
          ...(opts.engagementColours === true ? { engagementColours: true } : {}),
          ...(opts.json === undefined ? {} : { json: opts.json }),
          ...(opts.csv === undefined ? {} : { csv: opts.csv }),
          asOf,
          ...(snapshot === undefined ? {} : { snapshot, snapshotFile: opts.snapshot }),
        },
        progressBar(opts.quiet === true),
      );
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      setExitCode(run.exitCode);
      if (opts.quiet === true) return;
      for (const w of run.configWarnings) process.stderr.write(`warning: ${formatIssue(w)}\n`);
      if (run.clamped > 0) process.stderr.write(`warning: ${run.clamped} cell${run.clamped === 1 ? '' : 's'} of ${opts.out} held more than Excel's 32,767 characters and ${run.clamped === 1 ? 'was' : 'were'} cut there (marked "… [N more characters not shown]"); the JSON report (--json) has ${run.clamped === 1 ? 'it' : 'them'} whole\n`);
      process.stdout.write(summary(run.result.plan));
      for (const w of run.written) process.stdout.write(`wrote ${w.path} (${Math.max(1, Math.round(w.bytes / 1024))} KB)\n`);
      const t = run.result.plan.totals;
      const groups = t.missing + t.invalid + t.empty;
      const verdict = run.exitCode === 0 ? 'Merged cleanly' : `Plan written, but ${t.errors} problem${t.errors === 1 ? '' : 's'} and ${groups} missing, invalid or empty work group${groups === 1 ? '' : 's'} need attention (exit code 1)`;
      process.stdout.write(`${verdict}; done in ${seconds.toFixed(2)} s\n`);
    });
  helpFooter(
    command,
    ['merge returned/ --config setup.xlsx --out plan.xlsx --json plan.json', 'merge returned/ --config setup.xlsx --previous plan-2027-03.xlsx --out plan-2027-06.xlsx --snapshot snapshot.json'],
    WRITES_WITH_PROBLEMS('some submissions have problems, or groups are missing or sent nothing filled in'),
  );
}

function summary(plan: ConsolidatedPlan): string {
  const t = plan.totals;
  const lines = [`${plan.jurisdiction.name}: ${plan.groups.length} work groups, ${t.received} received${t.empty === 0 ? '' : ` (${t.empty} with nothing filled in)`}, ${t.missing} missing, ${t.invalid} invalid; ${t.steps} action steps (${t.overdue} overdue); ${t.errors} errors, ${t.warnings} warnings`];
  {
    for (const g of plan.groups) {
      const when = g.receivedAt === null ? '' : ` (${g.receivedAt.slice(0, 10)}${g.late ? `, LATE: due ${g.dueDate}` : ''})`;
      lines.push(`  ${g.groupId.padEnd(6)} ${g.groupName.padEnd(34)} ${(g.state === 'empty' ? 'EMPTY' : g.state.toUpperCase()).padEnd(8)} ${g.file ?? '-'}${when}`);
    }
    if (plan.nextMeeting !== null) lines.push(`Next meeting: ${plan.nextMeeting.name}, ${plan.nextMeeting.date}`);
  }
  const shown = plan.problems.slice(0, SHOWN_PROBLEMS);
  if (shown.length > 0) lines.push('Problems:', ...shown.map((p) => `  ${p.severity === 'error' ? 'error' : 'warning'}: ${formatIssue(p)}`));
  if (plan.problems.length > shown.length) lines.push(`  … and ${plan.problems.length - shown.length} more on the Problems sheet`);
  return `${lines.join('\n')}\n`;
}

/**
 * A bar on a terminal, shown only once reading has taken a second; nothing when quiet or piped. The
 * bar's library is loaded then too: most merges never need it, and it is a tenth of start-up.
 */
function progressBar(quiet: boolean): MergeProgress {
  if (quiet || process.stderr.isTTY !== true) return { start() {}, tick() {}, stop() {} };
  let bar: SingleBar | null = null;
  let done = 0;
  let total = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  return {
    start(n) {
      total = n;
      timer = setTimeout(() => {
        void import('cli-progress').then(({ SingleBar: Bar }) => {
          if (stopped) return;
          bar = new Bar({ format: 'reading submissions [{bar}] {value}/{total} files', stream: process.stderr, hideCursor: true });
          bar.start(total, done);
        });
      }, 1000);
    },
    tick() {
      done++;
      bar?.update(done);
    },
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      bar?.stop();
    },
  };
}
