// `service-array packet`: what a meeting of the Collaborative needs — its agenda (by the kind of
// meeting, from the seed's sequence), the sign-in sheet from the roster, and the documents for it:
// the Snapshot handout (first), the Assessment Reports (second), the plan (third), the plan with the
// Quarterly review (quarterly). Without the input a document needs, the packet is written without it.

import type { Command } from 'commander';
import { formatIssue, meetingCalendar, nextMeeting, type Issue, type Jurisdiction, type Meeting, type Snapshot } from '../../src/core';
import { PACKET_DOCUMENTS, agendaDocument, capacityReport, consolidatedReport, meetingKind, planDocument, signInDocument, snapshotHandout, type DocumentSpec, type MeetingKind, type PlanWorkbook } from '../../src/core/documents';
import { AS_OF_FLAG, CONFIG_FLAG, CONFIG_HELP, QUIET_FLAG, QUIET_HELP, WRITES_WITH_PROBLEMS, asOfDay, helpFooter, loadJurisdiction, loadRoster, say } from './command-kit';
import { CliError, EXIT_OK, EXIT_PROBLEMS } from '../cli-error';
import { SNAPSHOT_OPTION } from './reports';
import type { SetExitCode } from './index';

interface Options {
  config: string;
  meeting: string;
  outDir: string;
  plan?: string;
  snapshot?: string;
  roster?: string;
  modules?: string;
  asOf?: string;
  quiet?: boolean;
}

const NEEDS_TEXT = {
  snapshot: 'the Snapshot handout needs --snapshot <snapshot.json>',
  plan: 'its documents need --plan <plan.xlsx> (the plan workbook "service-array merge" wrote)',
} as const;

export function registerPacket(program: Command, setExitCode: SetExitCode): void {
  const command = program
    .command('packet')
    .description('Write what a meeting needs as Word documents (.docx): the agenda, the attendance sign-in sheet and the meeting\'s documents.')
    .requiredOption(CONFIG_FLAG, CONFIG_HELP)
    .requiredOption('-m, --meeting <n|next>', 'the meeting by its number in the calendar (1 = the first meeting), or "next" (the first on or after --as-of)')
    .requiredOption('-o, --out-dir <dir>', 'folder to write the packet into (created if missing; its documents are replaced together)')
    .option('-p, --plan <plan.xlsx>', 'the plan workbook: the Assessment Reports (second meeting), the plan (third), the plan and its Quarterly review (quarterly)')
    .option(...SNAPSHOT_OPTION)
    .option('-r, --roster <roster.csv|roster.xlsx>', 'the roster for the sign-in sheet, instead of the jurisdiction file\'s stakeholders')
    .option('--modules <numbers>', 'the orientation modules for the first meeting, e.g. 1,2,5 (default: those fewer than half the members have taken)')
    .option(AS_OF_FLAG, 'the draft date, and the day "next" counts from (default: today)')
    .option(QUIET_FLAG, QUIET_HELP)
    .action(async (opts: Options) => {
      const asOf = asOfDay(opts.asOf);
      const j = await loadJurisdiction(opts.config, opts.quiet);
      const meeting = pickMeeting(j, opts.meeting, asOf);
      const modules = opts.modules === undefined ? undefined : parseModules(j, opts.modules);
      const { people, assignments } = await loadRoster(j, opts.roster);
      const { readPlanWorkbook } = await import('../documents/read-plan-workbook.js');
      const { readSnapshotJson } = await import('../merge/read-snapshot.js');
      const { writeDocuments, snapshotWarnings } = await import('../documents/write-documents.js');
      const read = opts.plan === undefined ? null : await readPlanWorkbook(opts.plan, j.settings.planStatuses);
      if (read !== null && read.plan.jurisdiction.id !== j.id) throw new CliError(`The plan ${opts.plan ?? ''} belongs to jurisdiction "${read.plan.jurisdiction.id}", not "${j.id}". Nothing was written; give this jurisdiction's plan.`);
      const plan = read?.plan ?? null;
      const snapshot = opts.snapshot === undefined ? null : await readSnapshotJson(opts.snapshot);
      const problems: Issue[] = [...(read?.warnings ?? []), ...snapshotWarnings(j.name, snapshot, opts.snapshot)];
      const inputs = { jurisdiction: j, meeting, people, assignments, draftDate: asOf, plan, ...(modules === undefined ? {} : { modules }) };
      const specs: DocumentSpec[] = [agendaDocument(inputs), signInDocument(inputs)];
      const kind = meetingKind(meeting);
      const wanted = PACKET_DOCUMENTS[kind];
      const missing = wanted.needs === 'plan' ? plan === null : snapshot === null;
      if (!missing) specs.push(...meetingDocuments(wanted.documents, { plan, snapshot, draftDate: asOf, jurisdiction: j }));
      const inputFiles = [{ path: opts.config, option: '--config' }, ...([['--plan', opts.plan], ['--snapshot', opts.snapshot], ['--roster', opts.roster]] as const).flatMap(([option, file]) => (file === undefined ? [] : [{ path: file, option }]))];
      const written = await writeDocuments(specs, opts.outDir, snapshot?.suppression.marker ?? '*', inputFiles);
      for (const p of problems) process.stderr.write(`${p.severity}: ${formatIssue(p)}\n`);
      if (missing) process.stderr.write(`warning: the packet for the ${meeting.name} was written without its documents: ${NEEDS_TEXT[wanted.needs]}\n`);
      say(opts.quiet, [...written.map((w) => `wrote ${w.path} (${Math.max(1, Math.round(w.bytes / 1024))} KB)`), `Packet for the ${meeting.name}, ${meeting.date}: ${written.length} documents`]);
      setExitCode(problems.length === 0 && !missing ? EXIT_OK : EXIT_PROBLEMS);
    });
  helpFooter(
    command,
    ['packet --config setup.xlsx --meeting 1 --snapshot snapshot.json --out-dir meeting-1/', 'packet --config setup.xlsx --meeting next --plan plan.xlsx --snapshot snapshot.json --out-dir next-meeting/', 'packet --config setup.xlsx --meeting 4 --plan plan.xlsx --roster members.csv --out-dir quarter-1/'],
    WRITES_WITH_PROBLEMS('an input has problems, or the input a document needs was not given (the packet then has the agenda and sign-in sheet only)'),
  );
}

function pickMeeting(j: Jurisdiction, which: string, asOf: string): Meeting {
  const calendar = meetingCalendar(j.firstMeeting);
  if (which.trim().toLowerCase() === 'next') {
    const m = nextMeeting(j.firstMeeting, asOf);
    if (m === null) throw new CliError(`No meeting is left in the two-year calendar after ${asOf}; give --meeting 1 to ${calendar.length}`);
    return m;
  }
  const n = /^\d+$/.test(which.trim()) ? Number(which) : NaN;
  const m = calendar[n - 1];
  if (m === undefined) throw new CliError(`--meeting must be a meeting number from 1 to ${calendar.length} or "next", got "${which}"`);
  return m;
}

function parseModules(j: Jurisdiction, text: string): number[] {
  const known = j.settings.orientationModules.map((m) => m.number);
  const numbers = text.split(/[,;\s]+/).filter((x) => x !== '').map(Number);
  const bad = numbers.filter((x) => !known.includes(x));
  if (numbers.length === 0 || bad.length > 0) throw new CliError(`--modules must list orientation module numbers from ${known[0] ?? 1} to ${known[known.length - 1] ?? 10} separated by commas, got "${text}"`);
  return numbers;
}

function meetingDocuments(which: (typeof PACKET_DOCUMENTS)[MeetingKind]['documents'], i: { plan: PlanWorkbook | null; snapshot: Snapshot | null; draftDate: string; jurisdiction: Jurisdiction }): DocumentSpec[] {
  if (which === 'snapshot') return i.snapshot === null ? [] : [snapshotHandout(i.snapshot, i.jurisdiction, i.draftDate)];
  if (i.plan === null) return [];
  if (which === 'reports') {
    const inputs = { plan: i.plan, snapshot: i.snapshot, draftDate: i.draftDate };
    return [...i.plan.reports.map((r) => capacityReport(inputs, r)), consolidatedReport(inputs)];
  }
  return [planDocument(i.plan, i.draftDate, which === 'plan-and-review')];
}
