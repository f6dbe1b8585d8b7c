// Builds the roster workbook fresh with exceljs: Coverage (missing and thin categories, overall and
// per work group), Engagement plan by colour, Attendance per meeting, At risk, and every Member.

import ExcelJS from 'exceljs';
import type { RosterSummary } from '../../src/core';
import { GENERATOR } from '../version';
import { STYLES, TABLE_HEADER_ROW, addTable, addTitle, frozenAt, setStyled, type Value } from '../merge/sheet-kit';
import { pageSetup } from '../xlsx/page-setup';

export async function renderRoster(r: RosterSummary, name: string, generatedAt: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = GENERATOR;
  wb.created = generatedAt;
  const footer = `${name} Collaborative roster, as of ${r.asOf}`;
  const cov = wb.addWorksheet('Coverage');
  addTitle(cov, 'Membership categories', `${r.active} active members, ${r.left} left, as of ${r.asOf}. MISSING: nobody; THIN: too few.`);
  const next = addTable(cov, 4, [{ header: 'Category', width: 22 }, { header: 'Label', width: 70 }, { header: 'Members', width: 9, kind: 'number' }, { header: 'State', width: 10 }], r.categories.map((c): Value[] => [c.category, c.label, c.count, c.state === 'ok' ? '' : c.state.toUpperCase()]));
  setStyled(cov.getCell(`A${next}`), 'By work group', STYLES.heading);
  addTable(cov, next + 1, [{ header: 'Group', width: 22 }, { header: 'Name', width: 70 }, { header: 'Members', width: 9, kind: 'number' }, { header: 'Missing', width: 60, kind: 'long' }, { header: 'Thin', width: 40, kind: 'long' }], r.groups.map((g): Value[] => [g.groupId, g.groupName, g.members, g.missing.join(', '), g.thin.join(', ')]));
  pageSetup(cov, footer);
  const eng = wb.addWorksheet('Engagement plan');
  addTitle(eng, 'Stakeholder engagement plan', 'How, who, when, by colour (green keep, yellow improve, red heal and re-involve, none begin).');
  addTable(eng, 4, [{ header: 'Colour', width: 9 }, { header: 'Aim', width: 36 }, { header: 'Member', width: 26 }, { header: 'Organisation', width: 36 }, { header: 'Next step', width: 40, kind: 'long' }, { header: 'Owner', width: 18 }],
    r.engagement.flatMap((e) => e.people.map((p): Value[] => [e.colour, e.aim, p.name, p.organisation, p.nextStep, p.nextStepOwner])), { filter: true });
  eng.views = [frozenAt(TABLE_HEADER_ROW)];
  pageSetup(eng, footer, 4);
  const att = wb.addWorksheet('Attendance');
  addTitle(att, 'Attendance per meeting', 'Meetings held so far; a meeting nobody is recorded at is "not recorded", not counted as absence.');
  addTable(att, 4, [{ header: 'Meeting', width: 9, kind: 'number' }, { header: 'Name', width: 34 }, { header: 'Date', width: 12, kind: 'date' }, { header: 'Members', width: 9, kind: 'number' }, { header: 'Attended', width: 9, kind: 'number' }, { header: 'Absent', width: 60, kind: 'long' }],
    r.attendance.map((a): Value[] => [a.meeting, a.name, a.date, a.expected, a.recorded ? a.attended : 'not recorded', a.absent.join(', ')]));
  pageSetup(att, footer);
  const risk = wb.addWorksheet('At risk');
  addTitle(risk, 'Members at risk of dropping out', `${r.atRisk.length} members.`);
  addTable(risk, 4, [{ header: 'Id', width: 8 }, { header: 'Member', width: 26 }, { header: 'Organisation', width: 36 }, { header: 'Engagement', width: 11 }, { header: 'Why', width: 40 }], r.atRisk.map((a): Value[] => [a.id, a.name, a.organisation, a.engagement, a.reason]));
  pageSetup(risk, footer);
  const mem = wb.addWorksheet('Members');
  addTitle(mem, 'Members', 'Everyone on the roster, including those who left.');
  addTable(mem, 4, [{ header: 'Id', width: 8 }, { header: 'Name', width: 26 }, { header: 'Organisation', width: 34 }, { header: 'Category', width: 20 }, { header: 'Work groups', width: 22 }, { header: 'Engagement', width: 11 }, { header: 'Next step', width: 30, kind: 'long' }, { header: 'Owner', width: 16 }, { header: 'Joined', width: 12, kind: 'date' }, { header: 'Left', width: 12, kind: 'date' }, { header: 'State', width: 12 }, { header: 'Meetings attended', width: 16 }, { header: 'Orientation modules', width: 16 }],
    r.members.map((m): Value[] => [m.id, m.name, m.organisation, m.category, m.groups, m.engagement, m.nextStep, m.nextStepOwner, m.joined, m.left, m.state, m.attended, m.orientation]), { filter: true });
  mem.views = [frozenAt(TABLE_HEADER_ROW)];
  pageSetup(mem, footer, 4);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
