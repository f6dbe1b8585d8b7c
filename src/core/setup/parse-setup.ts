// A filled setup workbook (as a grid) to the same Jurisdiction a jurisdiction file gives: the sheets
// become the file's JSON, checked by the same parser, and each of its problems is moved from the JSON
// path to the sheet and cell it came from ("Work groups!D7"), so the committee fixes it where it typed.

import { cellText } from '../cell';
import type { Issue } from '../issue';
import { parseJurisdiction, type ParsedJurisdiction } from '../jurisdiction/parse-jurisdiction';
import type { ListDef, TableSheet } from '../layout/layout-types';
import { META_SHEET } from '../layout/sheet-names';
import { a1, findSheet, type SheetGrid, type WorkbookGrid } from '../submission/grid';
import { normalise } from '../submission/match-text';
import { parseTable, type ParseContext } from '../submission/parse-table';
import { GROUP_COLUMNS, PERSON_COLUMNS, SETUP_HEADER_ROW, SETUP_KIND, SETUP_SCHEMA_VERSION, SETUP_SETTINGS, setupLists, setupTables } from './setup-layout';

type Place = { readonly sheet: string; readonly cell: string };

const split = (s: string): string[] => s.split(/[,;]/).map((x) => x.trim()).filter((x) => x !== '');

/** True when the grid is a setup workbook (its metadata says so). */
export function isSetupWorkbook(grid: WorkbookGrid): boolean {
  const meta = findSheet(grid, META_SHEET);
  return (meta?.rows ?? []).some((r) => cellText(r[0]).trim() === 'kind' && cellText(r[1]).trim() === SETUP_KIND);
}

export function parseSetupWorkbook(grid: WorkbookGrid, file: string): ParsedJurisdiction {
  const meta = new Map((findSheet(grid, META_SHEET)?.rows ?? []).map((r) => [cellText(r[0]).trim(), cellText(r[1]).trim()] as const));
  const fatal = (code: string, message: string, advice: string): ParsedJurisdiction => ({ jurisdiction: null, issues: [{ code, severity: 'error', message, advice, file }] });
  if (meta.get('kind') !== SETUP_KIND) return fatal('NOT_A_SETUP_WORKBOOK', 'Not a setup workbook: its metadata does not say kind "setup"', 'Make one with "service-array init --out setup.xlsx", or give the jurisdiction file (JSON)');
  if (meta.get('schemaVersion') !== SETUP_SCHEMA_VERSION) return fatal('SETUP_VERSION', `Made as setup workbook version ${meta.get('schemaVersion') || '(none)'}, but this version reads ${SETUP_SCHEMA_VERSION}`, 'Copy the entries into a fresh setup workbook');

  const issues: Issue[] = [];
  const places = new Map<string, Place>();
  const t = setupTables(null);
  const sheetOf = (table: TableSheet): SheetGrid | undefined => {
    const sheet = findSheet(grid, table.name);
    if (sheet === undefined) issues.push({ code: 'SHEET_MISSING', severity: 'error', message: `Sheet "${table.name}" is missing`, advice: 'Do not delete or rename sheets; copy the entries into a fresh setup workbook', file, sheet: table.name });
    return sheet;
  };
  const ctxFor = (lists: readonly ListDef[]): ParseContext => ({ file, lists: new Map(lists.map((l) => [l.name, l] as const)), date1904: grid.date1904, issues });
  /** The sheet column of a header, as the table reader finds it, for naming cells. */
  const columnOf = (sheet: SheetGrid, header: string): number => {
    const want = normalise(header);
    for (let r = 0; r < Math.min(sheet.rows.length, 40); r++) {
      const c = (sheet.rows[r] ?? []).findIndex((cell) => normalise(cellText(cell)) === want);
      if (c >= 0) return c + 1;
    }
    return 1;
  };
  const at = (path: string, sheet: SheetGrid, row: number, header: string): void => void places.set(path, { sheet: sheet.name, cell: a1(row, columnOf(sheet, header)) });
  const header = (cols: readonly { key: string; header: string }[], key: string): string => cols.find((c) => c.key === key)?.header ?? key;

  // The roster first: the work groups' facilitator and reporter dropdowns list its names.
  const peopleSheet = sheetOf(t.people);
  const baseLists = setupLists(null, []);
  const people = peopleSheet === undefined ? [] : parseTable(t.people, peopleSheet, ctxFor(baseLists)).filter((r) => r.name !== '');
  const ids = people.map((p, i) => (p.id !== '' ? p.id : `p${String(i + 1).padStart(people.length >= 100 ? 3 : 2, '0')}`));
  const byName = new Map(people.map((p, i) => [normalise(p.name), ids[i] ?? ''] as const));
  const stakeholders = people.map((p, i) => {
    const path = `stakeholders[${i}]`;
    if (peopleSheet !== undefined) for (const col of PERSON_COLUMNS) at(`${path}.${col.key}`, peopleSheet, p.row, col.header);
    if (peopleSheet !== undefined) at(path, peopleSheet, p.row, header(PERSON_COLUMNS, 'name'));
    const list = (s: string): (string | number)[] => split(s).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
    return {
      id: ids[i],
      name: p.name,
      organisation: p.organisation,
      category: p.category ?? '',
      email: p.email,
      engagement: p.engagement ?? 'none',
      nextStep: p.nextStep,
      nextStepOwner: p.nextStepOwner,
      ...(p.joined === null ? {} : { joined: p.joined }),
      ...(p.left === null ? {} : { left: p.left }),
      ...(p.attended === '' ? {} : { attended: list(p.attended) }),
      ...(p.orientation === '' ? {} : { orientation: list(p.orientation) }),
    };
  });

  const groupsSheet = sheetOf(t.groups);
  const groupLists = setupLists(null, people.map((p) => p.name));
  const groups = groupsSheet === undefined ? [] : parseTable(t.groups, groupsSheet, ctxFor(groupLists)).filter((r) => r.id !== '' || r.name !== '');
  const workGroups = groups.map((g, i) => {
    const path = `workGroups[${i}]`;
    if (groupsSheet !== undefined) {
      for (const col of GROUP_COLUMNS) at(`${path}.${col.key}`, groupsSheet, g.row, col.header);
      at(path, groupsSheet, g.row, header(GROUP_COLUMNS, 'id'));
    }
    const person = (name: string | null): string => (name === null ? '' : (byName.get(normalise(name)) ?? name));
    const facilitator = person(g.facilitator);
    const reporter = person(g.reporter);
    const members = people.flatMap((p, k) => (split(p.groups).some((x) => x.toLowerCase() === g.id.toLowerCase()) && ids[k] !== facilitator && ids[k] !== reporter ? [ids[k] ?? ''] : []));
    return { id: g.id, name: g.name, capacities: split(g.capacities), dueDate: g.dueDate ?? '', facilitator, reporter, members };
  });
  // A "Member of" id no group has is a typing mistake the JSON form cannot show: say so at its cell.
  const known = new Set(workGroups.map((g) => g.id.toLowerCase()));
  people.forEach((p, i) => {
    for (const id of split(p.groups)) {
      if (!known.has(id.toLowerCase())) {
        const place = places.get(`stakeholders[${i}].groups`);
        issues.push({ code: 'CONFIG_INVALID', severity: 'error', message: `No work group has the id "${id}"`, advice: 'Use the group ids of the Work groups sheet, separated by commas', file, ...(place ?? {}) });
      }
    }
  });

  const headSheet = sheetOf(t.jurisdiction);
  const head = headSheet === undefined ? [] : parseTable(t.jurisdiction, headSheet, ctxFor(baseLists));
  const h = head[0];
  if (headSheet !== undefined) {
    // An empty row still names its cells: "Must be a date… (Jurisdiction!E6)".
    for (const [path, key] of [['jurisdiction.id', 'id'], ['jurisdiction.name', 'name'], ['jurisdiction.state', 'state'], ['jurisdiction.submitTo', 'submitTo'], ['planPeriod.start', 'start'], ['planPeriod.end', 'end'], ['firstMeeting', 'firstMeeting']] as const) {
      at(path, headSheet, h?.row ?? SETUP_HEADER_ROW + 1, header(t.jurisdiction.columns, key));
    }
  }

  const settingsSheet = sheetOf(t.settings);
  const settings: Record<string, Record<string, unknown>> = {};
  if (settingsSheet !== undefined) {
    for (const r of parseTable(t.settings, settingsSheet, ctxFor(baseLists))) {
      const known = SETUP_SETTINGS.find((s) => s.key === r.key);
      const [group, key] = r.key.split('.');
      if (known === undefined || group === undefined || key === undefined || r.value === '') continue;
      (settings[group] ??= {})[key] = /^-?\d+$/.test(r.value) ? Number(r.value) : r.value;
      at(`settings.${r.key}`, settingsSheet, r.row, 'Value');
    }
  }

  const raw = {
    formatVersion: 1,
    jurisdiction: { id: h?.id ?? '', name: h?.name ?? '', state: h?.state ?? '', submitTo: h?.submitTo ?? '' },
    planPeriod: { start: h?.start ?? '', end: h?.end ?? '' },
    firstMeeting: h?.firstMeeting ?? '',
    workGroups,
    stakeholders,
    ...(Object.keys(settings).length === 0 ? {} : { settings }),
  };
  const parsed = parseJurisdiction(raw, file);
  const located = parsed.issues.map((issue) => locate(issue, places, groupsSheet?.name ?? t.groups.name));
  const all = [...issues, ...located];
  return { jurisdiction: all.some((i) => i.severity === 'error') ? null : parsed.jurisdiction, issues: all };
}

/** Moves an issue from its JSON path to the sheet and cell it came from (the nearest enclosing path that has one). */
function locate(issue: Issue, places: ReadonlyMap<string, Place>, groupsSheet: string): Issue {
  if (issue.path === undefined) return issue;
  for (let p = issue.path; p !== ''; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/, '')) {
    const place = places.get(p);
    if (place !== undefined) {
      const { path: _path, ...rest } = issue;
      return { ...rest, sheet: place.sheet, cell: place.cell };
    }
    if (!/(\.[^.[\]]+|\[\d+\])$/.test(p)) break;
  }
  // "Capacity S1 is assigned to no work group": the whole Work groups sheet.
  if (issue.path === 'workGroups') {
    const { path: _path, ...rest } = issue;
    return { ...rest, sheet: groupsSheet };
  }
  return issue;
}
