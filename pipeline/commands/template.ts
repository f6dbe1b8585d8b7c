// `service-array template`: one assessment workbook per work group.

import { Option, type Command } from 'commander';
import { checkGroups, loadJurisdiction, prepareOutDir } from './command-kit';
import type { SetExitCode } from './index';

export function registerTemplate(program: Command, setExitCode: SetExitCode): void {
  program
    .command('template')
    .description('Write one assessment workbook (.xlsx) per work group, ready to send to its members.')
    .requiredOption('-c, --config <file>', 'the jurisdiction file (JSON)')
    .requiredOption('-o, --out-dir <dir>', 'folder to write the workbooks into (created if missing)')
    .addOption(new Option('-g, --group <id...>', 'only these work groups (default: all)'))
    .action(async (opts: { config: string; outDir: string; group?: string[] }) => {
      const jurisdiction = await loadJurisdiction(opts.config);
      checkGroups(jurisdiction, opts.group);
      const { templateFileName, writeTemplates } = await import('../template/write-templates.js');
      await prepareOutDir(opts.outDir, jurisdiction, opts.group, (g) => templateFileName(jurisdiction, g), [{ path: opts.config, option: '--config' }]);
      const written = await writeTemplates(jurisdiction, { outDir: opts.outDir, ...(opts.group === undefined ? {} : { groups: opts.group }) });
      for (const t of written) {
        process.stdout.write(`wrote ${t.file} (${t.group.id} ${t.group.name}: ${t.group.capacities.join(', ')}; ${(t.bytes / 1024).toFixed(0)} KB)\n`);
      }
      setExitCode(0);
    });
}
