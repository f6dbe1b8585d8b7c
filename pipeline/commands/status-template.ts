// `service-array status-template`: one quarterly status-update workbook per work group, listing only
// that group's action steps from the current plan.

import { Option, type Command } from 'commander';
import { AS_OF_FLAG, CONFIG_FLAG, CONFIG_HELP, QUIET_FLAG, QUIET_HELP, WRITES_OR_FAILS, asOfDay, checkGroups, helpFooter, loadJurisdiction, prepareOutDir, say } from './command-kit';
import type { SetExitCode } from './index';

interface Options {
  config: string;
  plan: string;
  outDir: string;
  asOf?: string;
  group?: string[];
  quiet?: boolean;
}

export function registerStatusTemplate(program: Command, setExitCode: SetExitCode): void {
  const command = program
    .command('status-template')
    .description('Write each work group a status-update workbook (.xlsx) of its own action steps, with the committee\'s current status and target date, for the quarterly review.')
    .requiredOption(CONFIG_FLAG, CONFIG_HELP)
    .requiredOption('-p, --plan <plan.xlsx>', 'the current plan (written by "service-array merge")')
    .requiredOption('-o, --out-dir <dir>', 'folder to write the workbooks into (created if missing)')
    .option(AS_OF_FLAG, 'the round\'s date: names the meeting it prepares (default: today)')
    .addOption(new Option('-g, --group <id...>', 'only these work groups (default: all)'))
    .option(QUIET_FLAG, QUIET_HELP)
    .action(async (opts: Options) => {
      const asOf = asOfDay(opts.asOf);
      const jurisdiction = await loadJurisdiction(opts.config, opts.quiet);
      checkGroups(jurisdiction, opts.group);
      const { statusTemplateFileName, writeStatusTemplates } = await import('../monitoring/write-status-templates.js');
      await prepareOutDir(opts.outDir, jurisdiction, opts.group, (g) => statusTemplateFileName(jurisdiction, g, asOf), [{ path: opts.config, option: '--config' }, { path: opts.plan, option: '--plan' }]);
      const written = await writeStatusTemplates(jurisdiction, { plan: opts.plan, outDir: opts.outDir, asOf, ...(opts.group === undefined ? {} : { groups: opts.group }) });
      say(opts.quiet, written.map((t) => `wrote ${t.file} (${t.group.id} ${t.group.name}: ${t.steps} action steps)`));
      setExitCode(0);
    });
  helpFooter(command, ['status-template --config setup.xlsx --plan plan.xlsx --out-dir updates/ --as-of 2027-03-15'], WRITES_OR_FAILS);
}
