// `service-array roster`: the Collaborative's roster workbook — category coverage, engagement plan,
// attendance and members at risk — from the jurisdiction file or an imported CSV/workbook roster.

import type { Command } from 'commander';
import { analyseRoster } from '../../src/core';
import { checkOutputs, writeFilesAtomic, type NamedFile } from '../atomic-write';
import { AS_OF_FLAG, CONFIG_FLAG, CONFIG_HELP, QUIET_FLAG, QUIET_HELP, WRITES_OR_FAILS, asOfDay, helpFooter, loadJurisdiction, loadRoster, say } from './command-kit';
import type { SetExitCode } from './index';

interface Options {
  config: string;
  roster?: string;
  out: string;
  asOf?: string;
  quiet?: boolean;
}

export function registerRoster(program: Command, setExitCode: SetExitCode): void {
  const command = program
    .command('roster')
    .description('Write the roster workbook: missing and thin categories, the engagement plan, attendance and members at risk.')
    .requiredOption(CONFIG_FLAG, CONFIG_HELP)
    .option('-r, --roster <roster.csv|roster.xlsx>', 'a roster the committee keeps, instead of the jurisdiction file\'s stakeholders')
    .requiredOption('-o, --out <roster.xlsx>', 'the workbook to write (replaced atomically)')
    .option(AS_OF_FLAG, 'judge membership and attendance on this day (default: today)')
    .option(QUIET_FLAG, QUIET_HELP)
    .action(async (opts: Options) => {
      const today = new Date();
      const asOf = asOfDay(opts.asOf, today);
      const j = await loadJurisdiction(opts.config, opts.quiet);
      const out: NamedFile = { path: opts.out, option: '--out' };
      await checkOutputs([out], [{ path: opts.config, option: '--config' }, ...(opts.roster === undefined ? [] : [{ path: opts.roster, option: '--roster' }])]);
      const { people, assignments } = await loadRoster(j, opts.roster);
      const summary = analyseRoster(j, people, assignments, asOf);
      const { renderRoster } = await import('../roster/roster-writer.js');
      await writeFilesAtomic([{ ...out, data: await renderRoster(summary, j.name, today) }]);
      const missing = summary.categories.filter((c) => c.state === 'missing').length;
      say(opts.quiet, [`${j.name}: ${summary.active} active members; ${missing} categories missing; ${summary.atRisk.length} at risk`, `wrote ${opts.out}`]);
      setExitCode(0);
    });
  helpFooter(command, ['roster --config setup.xlsx --out roster.xlsx', 'roster --config setup.xlsx --roster members.csv --out roster.xlsx --as-of 2027-03-15'], WRITES_OR_FAILS);
}
