// `service-array roster`: the Collaborative's roster workbook — category coverage, engagement plan,
// attendance and members at risk — from the jurisdiction file or an imported CSV/workbook roster.

import type { Command } from 'commander';
import { analyseRoster, assignmentsFrom, formatIssue, hasErrors } from '../../src/core';
import { checkOutputs, writeFilesAtomic, type NamedFile } from '../atomic-write';
import { AS_OF_FLAG, asOfDay, loadJurisdiction } from './command-kit';
import { CliError } from '../cli-error';
import type { SetExitCode } from './index';

interface Options {
  config: string;
  roster?: string;
  out: string;
  asOf?: string;
}

export function registerRoster(program: Command, setExitCode: SetExitCode): void {
  program
    .command('roster')
    .description('Write the roster workbook: missing and thin categories, the engagement plan, attendance and members at risk.')
    .requiredOption('-c, --config <file>', 'the jurisdiction file (JSON)')
    .option('-r, --roster <roster.csv|roster.xlsx>', 'a roster the committee keeps, instead of the jurisdiction file\'s stakeholders')
    .requiredOption('-o, --out <roster.xlsx>', 'the workbook to write (replaced atomically)')
    .option(AS_OF_FLAG, 'judge membership and attendance on this day (default: today)')
    .action(async (opts: Options) => {
      const today = new Date();
      const asOf = asOfDay(opts.asOf, today);
      const j = await loadJurisdiction(opts.config);
      const out: NamedFile = { path: opts.out, option: '--out' };
      await checkOutputs([out], [{ path: opts.config, option: '--config' }, ...(opts.roster === undefined ? [] : [{ path: opts.roster, option: '--roster' }])]);
      let people = j.stakeholders;
      let assignments = assignmentsFrom(j);
      if (opts.roster !== undefined) {
        const { readRoster } = await import('../roster/read-roster.js');
        const parsed = await readRoster(opts.roster, j);
        if (hasErrors(parsed.issues)) throw new CliError(`The roster has ${parsed.issues.length} problem${parsed.issues.length === 1 ? '' : 's'}; nothing was written:\n${parsed.issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`);
        people = parsed.people;
        assignments = parsed.assignments ?? assignments;
      }
      const summary = analyseRoster(j, people, assignments, asOf);
      const { renderRoster } = await import('../roster/roster-writer.js');
      await writeFilesAtomic([{ ...out, data: await renderRoster(summary, j.name, today) }]);
      const missing = summary.categories.filter((c) => c.state === 'missing').length;
      process.stdout.write(`${j.name}: ${summary.active} active members; ${missing} categories missing; ${summary.atRisk.length} at risk\nwrote ${opts.out}\n`);
      setExitCode(0);
    });
}
