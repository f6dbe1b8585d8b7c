// The Collaborative's meeting calendar from its first meeting (seed: "Roles and Responsibilities"):
// three full-day meetings, then quarterly half-day meetings in year one and quarterly monitoring in
// year two, each with what the merge prepares for it. [default] The spacing is not in the seed:
// 8 weeks between the full-day meetings, then every 91 days (a quarter) until two years have passed.

import { addDays, daysBetween } from '../dates';
import type { Meeting } from './merge-types';

const WEEKS_BETWEEN_FULL_DAYS = 8;
const QUARTER_DAYS = 91;
/** [default] A date typed for attendance counts as a calendar meeting up to this many days away (meetings move). */
export const MEETING_DATE_TOLERANCE_DAYS = 31;

export const MEETING_NEEDS = {
  first: 'The assessment workbooks for every work group ("service-array template") and the Child and Family Snapshot.',
  second: 'The Service Array Assessment Reports: one sheet per capacity in the plan workbook.',
  third: 'The finalised plan: the Plan sheet, with every group’s action steps.',
  quarterly: 'The implementation review: the Quarterly review sheet (progress, overdue steps, barriers, successes), after the groups’ status updates ("service-array status-template").',
} as const;

const REVIEW = 'Review implementation of the plan: progress, overdue steps, barriers to address, successes to celebrate.';

export function meetingCalendar(firstMeeting: string): Meeting[] {
  const at = (days: number): string => addDays(firstMeeting, days);
  const third = WEEKS_BETWEEN_FULL_DAYS * 7 * 2;
  const meetings: Meeting[] = [
    { number: 1, name: 'First meeting (full day)', date: firstMeeting, kind: 'full-day', purpose: 'Introduction, engagement, training; the work groups begin their assessments.', needs: MEETING_NEEDS.first },
    { number: 2, name: 'Second meeting (full day)', date: at(WEEKS_BETWEEN_FULL_DAYS * 7), kind: 'full-day', purpose: 'Work groups report strengths and gaps: the Service Array Assessment Reports.', needs: MEETING_NEEDS.second },
    { number: 3, name: 'Third meeting (full day)', date: at(third), kind: 'full-day', purpose: 'Work groups present their plan sections; the Resource and Capacity Development Plan is finalised and implementation begins.', needs: MEETING_NEEDS.third },
  ];
  // The rest of year one, then all of year two, a quarter apart.
  const counts = { one: 0, two: 0 };
  for (let q = 1; third + q * QUARTER_DAYS < 2 * 365; q++) {
    const inYearOne = third + q * QUARTER_DAYS < 365;
    const n = inYearOne ? ++counts.one : ++counts.two;
    meetings.push({
      number: meetings.length + 1,
      name: inYearOne ? `Quarterly meeting ${n} (half day)` : `Year-two quarterly monitoring ${n}`,
      date: at(third + q * QUARTER_DAYS),
      kind: inYearOne ? 'quarterly' : 'monitoring',
      purpose: REVIEW,
      needs: MEETING_NEEDS.quarterly,
    });
  }
  return meetings;
}

/** The first meeting on or after `asOf`: the one the merge prepares for. */
export function nextMeeting(firstMeeting: string, asOf: string): Meeting | null {
  return meetingCalendar(firstMeeting).find((m) => m.date >= asOf) ?? null;
}

/** The last meeting before `asOf`: "since the last meeting" counts from its date. */
export function previousMeeting(firstMeeting: string, asOf: string): Meeting | null {
  return [...meetingCalendar(firstMeeting)].reverse().find((m) => m.date < asOf) ?? null;
}

/** The calendar meeting a typed attendance date stands for, or null when none is near enough. */
export function meetingForDate(calendar: readonly Meeting[], date: string): Meeting | null {
  let best: Meeting | null = null;
  for (const m of calendar) {
    if (best === null || Math.abs(daysBetween(m.date, date)) < Math.abs(daysBetween(best.date, date))) best = m;
  }
  return best !== null && Math.abs(daysBetween(best.date, date)) <= MEETING_DATE_TOLERANCE_DAYS ? best : null;
}
