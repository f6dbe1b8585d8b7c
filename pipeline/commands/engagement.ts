// `service-array engagement`: the steering committee's engagement workbook to fill, or, with
// --engagement, its report: the agency partners eco-map, levels of partnership, the involvement
// matrices with their gaps, and the loop. Exit 0 clean, 1 written but the workbook has problems.

import type { Command } from 'commander';
import { formatIssue } from '../../src/core';
import { AS_OF_FLAG, CONFIG_FLAG, CONFIG_HELP, QUIET_FLAG, QUIET_HELP, WRITES_WITH_PROBLEMS, asOfDay, helpFooter, loadJurisdiction, say } from './command-kit';
import type { SetExitCode } from './index';

interface Options {
  config: string;
  engagement?: string;
  out: string;
  svg?: string;
  asOf?: string;
  quiet?: boolean;
}

const SHOWN_PROBLEMS = 25;

export function registerEngagement(program: Command, setExitCode: SetExitCode): void {
  const command = program
    .command('engagement')
    .description('Write the steering committee\'s engagement workbook to fill or, with --engagement, its report: the partners eco-map, levels of partnership, involvement gaps and overdue feedback.')
    .requiredOption(CONFIG_FLAG, CONFIG_HELP)
    .option('-e, --engagement <engagement.xlsx>', 'the filled engagement workbook; without it a blank one is written to --out')
    .requiredOption('-o, --out <file.xlsx>', 'the report to write (replaced atomically), or the blank workbook (never over an existing file)')
    .option('--svg <ecomap.svg>', 'also write the eco-map as SVG')
    .option(AS_OF_FLAG, 'judge overdue feedback and contact against this day (default: today)')
    .option(QUIET_FLAG, QUIET_HELP)
    .action(async (opts: Options) => {
      const asOf = asOfDay(opts.asOf);
      const started = process.hrtime.bigint();
      const j = await loadJurisdiction(opts.config, opts.quiet);
      const { runEngagement } = await import('../engagement/run-engagement.js');
      const run = await runEngagement(j, { out: opts.out, asOf, ...(opts.engagement === undefined ? {} : { engagement: opts.engagement }), ...(opts.svg === undefined ? {} : { svg: opts.svg }) });
      const lines: string[] = [];
      if (run.report === null) lines.push(`${j.name}: blank engagement workbook for the steering committee (keep it to the committee)`);
      else {
        const r = run.report;
        lines.push(`${j.name}: engagement as of ${r.asOf}`, ...r.headline.map(([label, value]) => `  ${label}: ${value}`));
        const shown = r.problems.slice(0, SHOWN_PROBLEMS);
        if (shown.length > 0) lines.push('Problems:', ...shown.map((p) => `  ${p.severity}: ${formatIssue(p)}`));
        if (r.problems.length > shown.length) lines.push(`  … and ${r.problems.length - shown.length} more on the Problems sheet`);
      }
      for (const w of run.written) lines.push(`wrote ${w.path} (${Math.max(1, Math.round(w.bytes / 1024))} KB)`);
      if (run.png !== null) lines.push(`eco-map picture ${run.png.width}×${run.png.height} px`);
      lines.push(`${run.exitCode === 0 ? 'Done' : 'Report written, but the engagement workbook has problems (exit code 1)'} in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(2)} s`);
      say(opts.quiet, lines);
      setExitCode(run.exitCode);
    });
  helpFooter(command, ['engagement --config setup.xlsx --out engagement.xlsx', 'engagement --config setup.xlsx --engagement engagement.xlsx --out engagement-report.xlsx --svg ecomap.svg'], WRITES_WITH_PROBLEMS('the engagement workbook has problems'));
}
