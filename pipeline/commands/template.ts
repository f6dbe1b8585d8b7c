// `service-array template`: one assessment workbook per work group.

import { Option, type Command } from 'commander';
import { CONFIG_FLAG, CONFIG_HELP, QUIET_FLAG, QUIET_HELP, WRITES_OR_FAILS, checkGroups, helpFooter, loadJurisdiction, prepareOutDir, say } from './command-kit';
import type { SetExitCode } from './index';

export function registerTemplate(program: Command, setExitCode: SetExitCode): void {
  const command = program
    .command('template')
    .description('Write one assessment workbook (.xlsx) per work group, ready to send to its members: it carries its own lists, rules, due date and where to send it, and no one\'s email.')
    .requiredOption(CONFIG_FLAG, CONFIG_HELP)
    .requiredOption('-o, --out-dir <dir>', 'folder to write the workbooks into (created if missing)')
    .addOption(new Option('-g, --group <id...>', 'only these work groups (default: all)'))
    .option(QUIET_FLAG, QUIET_HELP)
    .action(async (opts: { config: string; outDir: string; group?: string[]; quiet?: boolean }) => {
      const jurisdiction = await loadJurisdiction(opts.config, opts.quiet);
      checkGroups(jurisdiction, opts.group);
      const { templateFileName, writeTemplates } = await import('../template/write-templates.js');
      await prepareOutDir(opts.outDir, jurisdiction, opts.group, (g) => templateFileName(jurisdiction, g), [{ path: opts.config, option: '--config' }]);
      const written = await writeTemplates(jurisdiction, { outDir: opts.outDir, ...(opts.group === undefined ? {} : { groups: opts.group }) });
      say(opts.quiet, written.map((t) => `wrote ${t.file} (${t.group.id} ${t.group.name}: ${t.group.capacities.join(', ')}; ${(t.bytes / 1024).toFixed(0)} KB)`));
      setExitCode(0);
    });
  helpFooter(command, ['template --config setup.xlsx --out-dir to-send/', 'template --config jurisdiction.json --out-dir to-send/ --group WG2 WG3'], WRITES_OR_FAILS);
}
