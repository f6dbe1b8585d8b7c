// A filled engagement workbook (as a grid) to typed records plus problems, each naming sheet and
// cell. Tables are read by header through the same declarations the writer used; partners named in
// the plan and the log must be on the Partners sheet, and people on the Collaborative roster.

import { cellText } from '../cell';
import type { EngagementColour } from '../defaults/stakeholders';
import type { Issue } from '../issue';
import type { Jurisdiction } from '../jurisdiction/jurisdiction-types';
import type { ListDef, TableSheet } from '../layout/layout-types';
import { META_SHEET } from '../layout/sheet-names';
import { a1, findSheet, type SheetGrid, type WorkbookGrid } from '../submission/grid';
import { normalise } from '../submission/match-text';
import { parseTable, withoutInvalid, type ParseContext } from '../submission/parse-table';
import { ENGAGEMENT_KIND, ENGAGEMENT_SCHEMA_VERSION, engagementLists, engagementTables } from './engagement-layout';
import type { EngagementData, LogEntry, ParsedEngagement, Partner, PlannedInvolvement } from './engagement-types';
import { REFLECTION_QUESTIONS, type CfsrGroup, type LogKind, type PartnerSide, type ResourceFlow, type TieStrength } from './vocabulary';

/** `asOf`: log rows dated after it are reported and left out, as they cannot have happened yet. */
export function parseEngagement(grid: WorkbookGrid, j: Jurisdiction, file: string, asOf: string): ParsedEngagement {
  const meta = new Map((findSheet(grid, META_SHEET)?.rows ?? []).map((r) => [cellText(r[0]).trim(), cellText(r[1]).trim()] as const));
  const get = (key: string): string => meta.get(key) ?? '';
  const fatal = (code: string, message: string, advice: string): ParsedEngagement => ({ data: null, issues: [{ code, severity: 'error', message, advice, file }] });
  if (get('kind') !== ENGAGEMENT_KIND) return fatal('NOT_AN_ENGAGEMENT_WORKBOOK', 'Not an engagement workbook: its metadata does not say kind "engagement"', 'Make one with "service-array engagement --config <jurisdiction.json> --out <engagement.xlsx>" and fill it in');
  if (get('schemaVersion') !== ENGAGEMENT_SCHEMA_VERSION) return fatal('ENGAGEMENT_VERSION', `Made from engagement workbook version ${get('schemaVersion') || '(none)'}, but this version reads ${ENGAGEMENT_SCHEMA_VERSION}`, 'Copy the entries into a fresh engagement workbook');
  if (get('jurisdictionId') !== j.id) return fatal('WRONG_JURISDICTION', `Made for jurisdiction "${get('jurisdictionId')}", not "${j.id}"`, 'Use the jurisdiction file the workbook was made for');

  const issues: Issue[] = [];
  const t = engagementTables(j, { partners: 0, plan: 0, log: 0, evidence: 0 });
  const read = <T>(table: TableSheet, lists: readonly ListDef[], parse: (sheet: SheetGrid, ctx: ParseContext) => T[]): T[] => {
    const sheet = findSheet(grid, table.name);
    if (sheet === undefined) {
      issues.push({ code: 'SHEET_MISSING', severity: 'error', message: `Sheet "${table.name}" is missing`, advice: 'Do not delete or rename sheets; copy the entries into a fresh engagement workbook', file });
      return [];
    }
    return parse(sheet, { file, lists: new Map(lists.map((l) => [l.name, l] as const)), date1904: grid.date1904, issues });
  };
  const roster = new Map(j.stakeholders.map((s) => [s.id, s] as const));
  const baseLists = engagementLists(j, []);
  const personCheck = personChecker(baseLists, issues, file);

  const seen = new Map<string, number>();
  const partners = read(t.partners, baseLists, (sheet, ctx) =>
    parseTable(t.partners, sheet, ctx).map(withoutInvalid).flatMap((r): Partner[] => {
      if (r.organisation === '') return [];
      const key = normalise(r.organisation);
      const first = seen.get(key);
      if (first !== undefined) {
        issues.push({ code: 'ENGAGEMENT_PARTNER_DUPLICATE', severity: 'warning', message: `Partner "${r.organisation}" is listed twice (rows ${first} and ${r.row}); row ${r.row} is not used`, advice: 'Keep one row per partner organisation', file, sheet: sheet.name, row: r.row });
        return [];
      }
      seen.set(key, r.row);
      const contactId = r.contact === null ? null : personCheck(sheet, r.row, 'Contact person', r.contact);
      const own = r.engagement as EngagementColour | null;
      const fromRoster = contactId === null ? undefined : roster.get(contactId)?.engagement;
      return [{
        row: r.row,
        organisation: r.organisation,
        side: r.side as PartnerSide | null,
        group: r.group as CfsrGroup | null,
        category: r.category,
        level: r.level === null ? null : Number(r.level),
        strength: r.strength as TieStrength | null,
        flow: (r.flow ?? 'neither') as ResourceFlow,
        agreements: r.agreements,
        contactId,
        contact: contactId === null ? (r.contact ?? '') : (roster.get(contactId)?.name ?? ''),
        engagement: own ?? fromRoster ?? 'none',
        engagementFrom: own !== null ? 'sheet' : fromRoster !== undefined ? 'roster' : 'none',
        notes: r.notes,
      }];
    }),
  );

  const byName = new Map(partners.map((p) => [normalise(p.organisation), p] as const));
  const lists = engagementLists(j, partners.map((p) => p.organisation));
  /** The partner a cell names, or null with a problem at that cell. */
  const partnerAt = (sheet: SheetGrid, row: number, header: string, typed: string): Partner | null => {
    const p = byName.get(normalise(typed));
    if (p !== undefined) return p;
    issues.push({ code: 'ENGAGEMENT_PARTNER_UNKNOWN', severity: 'error', message: `${header} must be a partner on the Partners sheet, got "${typed}"`, advice: 'Add the partner on the Partners sheet first, or choose one from the dropdown', file, sheet: sheet.name, cell: cellOf(sheet, row, header) });
    return null;
  };

  const plan = read(t.plan, lists, (sheet, ctx) =>
    parseTable(t.plan, sheet, ctx).map(withoutInvalid).flatMap((r): PlannedInvolvement[] => {
      const partner = r.partner === null ? null : partnerAt(sheet, r.row, 'Partner', r.partner);
      if (r.owner !== null) personCheck(sheet, r.row, 'Who (owner)', r.owner);
      if (r.focus === null || (r.partner !== null && partner === null)) return [];
      const group = partner?.group ?? (r.group as CfsrGroup | null);
      if (partner === null && group === null) {
        issues.push({ code: 'REQUIRED_MISSING', severity: 'error', message: 'Partner group or Partner is required on a filled row, got neither', advice: 'Choose the partner group, or a partner from the Partners sheet', file, sheet: sheet.name, cell: cellOf(sheet, r.row, 'Partner group') });
        return [];
      }
      return [{ row: r.row, focus: r.focus, group, partner: partner?.organisation ?? null, method: r.method ?? '', owner: r.owner ?? '', when: r.when }];
    }),
  );

  const log = read(t.log, lists, (sheet, ctx) =>
    parseTable(t.log, sheet, ctx).map(withoutInvalid).flatMap((r): LogEntry[] => {
      const partner = r.who === null ? null : partnerAt(sheet, r.row, 'Who', r.who);
      if (r.date !== null && r.date > asOf) {
        issues.push({ code: 'ENGAGEMENT_DATE_FUTURE', severity: 'warning', message: `Date is after the report's as-of day ${asOf}, got ${r.date}; the row is left out`, advice: 'Check the year, or run the report with a later --as-of', file, sheet: sheet.name, cell: cellOf(sheet, r.row, 'Date') });
        return [];
      }
      if (r.date !== null && r.followUpDue !== null && r.followUpDue < r.date) {
        issues.push({ code: 'ENGAGEMENT_DATE_ORDER', severity: 'error', message: `Follow-up due must be on or after the date ${r.date}, got ${r.followUpDue}`, advice: 'Correct one of the two dates', file, sheet: sheet.name, cell: cellOf(sheet, r.row, 'Follow-up due') });
      }
      if (r.date === null || partner === null || r.kind === null) return [];
      return [{ row: r.row, date: r.date, who: partner.organisation, kind: r.kind as LogKind, topic: r.topic, focus: r.focus, method: r.method ?? '', followUpDue: r.followUpDue !== null && r.followUpDue >= r.date ? r.followUpDue : null }];
    }),
  );

  const evidence = read(t.evidence, lists, (sheet, ctx) =>
    parseTable(t.evidence, sheet, ctx).map(withoutInvalid).flatMap((r) => (r.element === null || (r.rating === null && r.evidence === '') ? [] : [{ row: r.row, element: r.element, round: r.round, rating: r.rating, evidence: r.evidence }])),
  );
  const answers = new Map(read(t.reflection, lists, (sheet, ctx) => parseTable(t.reflection, sheet, ctx).map((r) => [r.questionId, r.answer] as const)));
  // Every question, answered or not: the report shows which are still open.
  const reflection = REFLECTION_QUESTIONS.map((q) => ({ id: q.code, question: q.label, answer: answers.get(q.code) ?? '' }));
  const data: EngagementData = { file, partners, plan, log, evidence, reflection };
  return { data, issues };
}

/** Checks a person cell against the roster; returns the roster id, or null with a problem at that cell. */
function personChecker(lists: readonly ListDef[], issues: Issue[], file: string): (sheet: SheetGrid, row: number, header: string, value: string) => string | null {
  const members = lists.find((l) => l.name === 'rosterMember');
  const ids = new Set(members?.items.map((i) => i.code));
  return (sheet, row, header, value) => {
    // The list matched the typed name to a member's id; anything else came back as typed.
    if (ids.has(value)) return value;
    issues.push({ code: 'ENGAGEMENT_NOT_ON_ROSTER', severity: 'error', message: `${header} must be a member of the Collaborative roster, got "${value}"`, advice: 'Choose the person from the dropdown, or add them to the jurisdiction file\'s stakeholders', file, sheet: sheet.name, cell: cellOf(sheet, row, header) });
    return null;
  };
}

/** The A1 address of a table cell by its column's header (the header row is found the way the table reader finds it). */
function cellOf(sheet: SheetGrid, row: number, header: string): string {
  const want = normalise(header);
  for (let r = 0; r < Math.min(sheet.rows.length, 40); r++) {
    const c = (sheet.rows[r] ?? []).findIndex((cell) => normalise(cellText(cell)) === want);
    if (c >= 0) return a1(row, c + 1);
  }
  return a1(row, 1);
}
