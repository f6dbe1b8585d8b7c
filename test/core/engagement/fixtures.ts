// Hand-made engagement data and workbook grids for the core's tests: every record typed out, so a
// test's expected result can be worked out by hand from what is written here.

import { EMPTY, str, type Cell, type Jurisdiction, type SheetGrid, type WorkbookGrid } from '../../../src/core';
import { ENGAGEMENT_HEADER_ROW, FOCUS_ITEMS, engagementTables, type EngagementData, type LogEntry, type Partner, type PlannedInvolvement } from '../../../src/core/engagement';

export function partner(organisation: string, over: Partial<Partner> = {}): Partner {
  return { row: 6, organisation, side: 'external', group: 'external', category: 'public-community', level: 3, strength: 'strong', flow: 'both', agreements: '', contactId: null, contact: '', engagement: 'green', engagementFrom: 'sheet', notes: '', ...over };
}

export function planned(focus: string, over: Partial<PlannedInvolvement> = {}): PlannedInvolvement {
  return { row: 6, focus, group: null, partner: null, method: 'Targeted survey', owner: '', when: null, ...over };
}

export function logged(date: string, who: string, kind: LogEntry['kind'], over: Partial<LogEntry> = {}): LogEntry {
  return { row: 6, date, who, kind, topic: 'Topic', focus: null, method: '', followUpDue: null, ...over };
}

export function data(over: Partial<EngagementData> = {}): EngagementData {
  return { file: 'engagement.xlsx', partners: [], plan: [], log: [], evidence: [], reflection: [], ...over };
}

/** A workbook grid laid out as the engagement writer lays it out, with rows typed by header. */
export function engagementGrid(j: Jurisdiction, sheets: Partial<Record<'partners' | 'plan' | 'log' | 'evidence', readonly Record<string, string | number>[]>>, meta: Record<string, string> = {}): WorkbookGrid {
  const t = engagementTables(j);
  const table = (key: 'partners' | 'plan' | 'log' | 'evidence' | 'reflection'): SheetGrid => {
    const def = t[key];
    const rows: Cell[][] = Array.from({ length: ENGAGEMENT_HEADER_ROW - 1 }, () => []);
    rows[0] = [str(def.title)];
    rows.push(def.columns.map((c) => str(c.header)));
    const given = key === 'reflection' ? [] : (sheets[key] ?? []);
    const prefilled = def.rows.length > 0 && given.length === 0 ? def.rows : [];
    for (const values of [...given, ...prefilled]) rows.push(def.columns.map((c) => {
      const v = (values as Record<string, string | number | undefined>)[c.header] ?? (values as Record<string, string | number | undefined>)[c.key];
      return v === undefined ? EMPTY : typeof v === 'number' ? { kind: 'number', value: v } : str(v);
    }));
    return { name: def.name, state: 'visible', rows };
  };
  const metaRows = Object.entries({ kind: 'engagement', schemaVersion: '1', jurisdictionId: j.id, ...meta }).map(([k, v]) => [str(k), str(v)]);
  return {
    date1904: false,
    sheets: [table('partners'), table('plan'), table('log'), table('evidence'), table('reflection'), { name: '_meta', state: 'veryHidden', rows: metaRows }],
  };
}

export const focusLabel = (code: string): string => FOCUS_ITEMS.find((f) => f.code === code)?.display ?? code;
