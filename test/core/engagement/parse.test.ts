// Reading the engagement workbook back: typed records from what people type, and every bad value
// (unknown level, a partner not on the Partners sheet, a person not on the roster, bad dates)
// reported by sheet and cell with what to do.

import assert from 'node:assert/strict';
import { type Issue } from '../../../src/core';
import { parseEngagement } from '../../../src/core/engagement';
import { sampleJurisdiction } from '../../helpers/fixtures';
import { engagementGrid } from './fixtures';

const j = sampleJurisdiction();
const AS_OF = '2026-11-30';

const court = { Organisation: 'Riverbend Juvenile and Family Court', 'Internal or external': 'External', 'CFSR partner group': 'Court', 'Membership category': 'court-legal', 'Level of partnership': '4', 'Tie strength': 'stressful', 'Resources flow': 'Both ways', 'Contact person': 'Judge Ellen Marsh' };
const youth = { Organisation: 'Youth Advisory Board', 'Internal or external': 'external', 'CFSR partner group': 'Youth', 'Membership category': 'Birth parents, resource/foster/kinship families and youth with lived experience', 'Level of partnership': '2 - Joint case planning (case level)', 'Tie strength': 'Tenuous', 'Contact person': 'tyler greene', 'Engagement colour': 'no dot' };

const where = (issues: readonly Issue[]): string[] => issues.map((i) => `${i.code} ${i.sheet ?? ''}!${i.cell ?? (i.row === undefined ? '' : `row ${i.row}`)}`);

describe('reading the engagement workbook', () => {
  it('reads partners, the plan and the log into typed records, colours from the roster where the sheet has none', () => {
    const grid = engagementGrid(j, {
      partners: [court, youth],
      plan: [{ 'Phase, outcome or factor': 'Phase 1: Statewide Assessment', Partner: 'riverbend juvenile and family court', How: 'Targeted survey', 'Who (owner)': 'Dana Whitfield', When: '3/31/2027' }, { 'Phase, outcome or factor': 'p2', 'Partner group': 'Tribal', How: 'Case review' }],
      log: [{ Date: '2026-10-01', Who: 'Youth Advisory Board', Kind: 'Input gathered', Topic: 'Permanency', 'Outcome, factor or phase': 'Permanency Outcome 2', 'Follow-up due': 46326 }],
      evidence: [{ Element: 'Communication', 'Review date': '2026-06-30', Rating: '3', Evidence: 'Newsletter' }],
    });
    const { data, issues } = parseEngagement(grid, j, 'engagement.xlsx', AS_OF);
    assert.deepEqual(issues, []);
    assert.ok(data);
    assert.deepEqual(data.partners.map((p) => [p.organisation, p.side, p.group, p.category, p.level, p.strength, p.flow, p.contactId, p.engagement, p.engagementFrom]), [
      ['Riverbend Juvenile and Family Court', 'external', 'court', 'court-legal', 4, 'stressful', 'both', 'p06', 'yellow', 'roster'],
      ['Youth Advisory Board', 'external', 'youth', 'lived-experience', 2, 'tenuous', 'neither', 'p21', 'none', 'sheet'],
    ]);
    assert.deepEqual(data.plan.map((p) => [p.focus, p.group, p.partner, p.when]), [['PH1', 'court', 'Riverbend Juvenile and Family Court', '2027-03-31'], ['P2', 'tribal', null, null]]);
    assert.deepEqual(data.log.map((e) => [e.row, e.date, e.who, e.kind, e.focus, e.followUpDue]), [[6, '2026-10-01', 'Youth Advisory Board', 'input', 'P2', '2026-10-31']]);
    assert.deepEqual(data.evidence.map((e) => [e.element, e.round, e.rating]), [['E2', '2026-06-30', 3]]);
    assert.deepEqual(data.reflection.map((r) => r.id), ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9']);
  });

  it('reports an unknown level, strength and category at their cells, and keeps the partner', () => {
    const { data, issues } = parseEngagement(engagementGrid(j, { partners: [{ ...court, 'Level of partnership': '7', 'Tie strength': 'shaky', 'Membership category': 'Astronauts' }] }), j, 'e.xlsx', AS_OF);
    assert.deepEqual(where(issues), ['CHOICE_INVALID Partners!D6', 'CHOICE_INVALID Partners!E6', 'CHOICE_INVALID Partners!F6']);
    assert.match(issues[1]?.message ?? '', /^Level of partnership: Must be one of 1 - Basic referrals \(case level\), .*got "7"$/);
    assert.equal(issues[1]?.file, 'e.xlsx');
    assert.deepEqual(data?.partners.map((p) => [p.level, p.strength, p.category]), [[null, null, null]]);
  });

  it('reports a partner not on the Partners sheet, and a person not on the roster, by cell', () => {
    const grid = engagementGrid(j, {
      partners: [{ ...court, 'Contact person': 'Somebody Else' }],
      plan: [{ 'Phase, outcome or factor': 'S1', Partner: 'Cedar Creek Band', How: 'Case review', 'Who (owner)': 'Nobody Known' }],
      log: [{ Date: '2026-10-01', Who: 'Riverbend Juvenile and Family Court', Kind: 'Communication', Topic: 'Hello' }, { Date: '2026-10-02', Who: 'Youth Council', Kind: 'Communication', Topic: 'Hello' }],
    });
    const { data, issues } = parseEngagement(grid, j, 'e.xlsx', AS_OF);
    assert.deepEqual(where(issues), ['ENGAGEMENT_NOT_ON_ROSTER Partners!I6', 'ENGAGEMENT_PARTNER_UNKNOWN Involvement plan!C6', 'ENGAGEMENT_NOT_ON_ROSTER Involvement plan!E6', 'ENGAGEMENT_PARTNER_UNKNOWN Engagement log!B7']);
    assert.equal(issues[0]?.message, 'Contact person must be a member of the Collaborative roster, got "Somebody Else"');
    assert.equal(issues[3]?.message, 'Who must be a partner on the Partners sheet, got "Youth Council"');
    assert.equal(issues[3]?.advice, 'Add the partner on the Partners sheet first, or choose one from the dropdown');
    // The partner stays (its contact blank); the rows naming unknown partners are left out of the report.
    assert.deepEqual(data?.partners.map((p) => [p.contactId, p.contact, p.engagement]), [[null, 'Somebody Else', 'none']]);
    assert.equal(data?.plan.length, 0);
    assert.deepEqual(data?.log.map((e) => e.row), [6]);
  });

  it('reports bad dates: not a date, follow-up before the date, a date after the as-of day', () => {
    const grid = engagementGrid(j, {
      partners: [court],
      log: [
        { Date: '31/31/2026', Who: court.Organisation, Kind: 'Communication', Topic: 'A' },
        { Date: '2026-10-05', Who: court.Organisation, Kind: 'Input gathered', Topic: 'B', 'Follow-up due': '2026-10-01' },
        { Date: '2027-10-05', Who: court.Organisation, Kind: 'Communication', Topic: 'C' },
        { Who: court.Organisation, Kind: 'Communication', Topic: 'D' },
      ],
      plan: [{ 'Phase, outcome or factor': 'S1', Partner: court.Organisation, How: 'Case review', When: 'soon' }],
    });
    const { data, issues } = parseEngagement(grid, j, 'e.xlsx', AS_OF);
    assert.deepEqual(where(issues), ['DATE_INVALID Involvement plan!F6', 'DATE_INVALID Engagement log!A6', 'REQUIRED_MISSING Engagement log!A9', 'ENGAGEMENT_DATE_ORDER Engagement log!G7', 'ENGAGEMENT_DATE_FUTURE Engagement log!A8']);
    assert.equal(issues[1]?.message, 'Date: Must be a date from 1900-01-01 to 9999-12-31, got "31/31/2026"');
    assert.equal(issues[3]?.message, 'Follow-up due must be on or after the date 2026-10-05, got 2026-10-01');
    assert.equal(issues[4]?.severity, 'warning');
    // Kept: the input, with its follow-up date dropped (feedback then falls due after the default days).
    assert.deepEqual(data?.log.map((e) => [e.row, e.followUpDue]), [[7, null]]);
  });

  it('reports a plan row naming neither a partner nor a group, and a partner listed twice', () => {
    const grid = engagementGrid(j, { partners: [court, { ...court, 'Level of partnership': '1' }], plan: [{ 'Phase, outcome or factor': 'S1', How: 'Case review' }] });
    const { data, issues } = parseEngagement(grid, j, 'e.xlsx', AS_OF);
    assert.deepEqual(where(issues), ['ENGAGEMENT_PARTNER_DUPLICATE Partners!row 7', 'REQUIRED_MISSING Involvement plan!B6']);
    assert.equal(data?.partners[0]?.level, 4);
  });

  it('refuses a workbook that is not an engagement workbook, of another version or jurisdiction', () => {
    const codes = (meta: Record<string, string>): string[] => parseEngagement(engagementGrid(j, {}, meta), j, 'e.xlsx', AS_OF).issues.map((i) => i.code);
    assert.deepEqual(codes({ kind: '' }), ['NOT_AN_ENGAGEMENT_WORKBOOK']);
    assert.deepEqual(codes({ schemaVersion: '9' }), ['ENGAGEMENT_VERSION']);
    assert.deepEqual(codes({ jurisdictionId: 'elsewhere' }), ['WRONG_JURISDICTION']);
    const grid = engagementGrid(j, {});
    const parsed = parseEngagement({ ...grid, sheets: grid.sheets.filter((s) => s.name !== 'Engagement log') }, j, 'e.xlsx', AS_OF);
    assert.deepEqual(parsed.issues.map((i) => [i.code, i.message]), [['SHEET_MISSING', 'Sheet "Engagement log" is missing']]);
    assert.deepEqual(parsed.data?.log, []);
  });
});
