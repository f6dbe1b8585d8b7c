// The plan as JSON (the documented report format: the ConsolidatedPlan type) and its action steps
// as CSV. CSV cells that a spreadsheet would run as a formula are escaped.

import Papa from 'papaparse';
import { CONSOLIDATED_PLAN_COLUMNS, type ConsolidatedPlan } from '../../src/core';

export const REPORT_FORMAT = 'service-array-plan-report';
export const REPORT_VERSION = 1;

export function planJson(plan: ConsolidatedPlan, generatedAt: Date): string {
  return `${JSON.stringify({ format: REPORT_FORMAT, version: REPORT_VERSION, generatedAt: generatedAt.toISOString(), plan }, null, 2)}\n`;
}

export function planCsv(plan: ConsolidatedPlan): string {
  const rows = plan.steps.map((s) => CONSOLIDATED_PLAN_COLUMNS.map((c) => {
    const v = s[c.key];
    return typeof v === 'boolean' ? (v ? 'OVERDUE' : '') : v;
  }));
  // escapeFormulae prefixes a quote to cells starting with = + - @ (and tab, CR) so they stay text;
  // the BOM makes Excel on Windows read the file as UTF-8 (else ’ and é come out garbled).
  return '\ufeff' + Papa.unparse({ fields: CONSOLIDATED_PLAN_COLUMNS.map((c) => c.header), data: rows }, { escapeFormulae: true, newline: '\r\n' });
}
