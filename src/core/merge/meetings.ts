// The Collaborative's meeting calendar from its first meeting (seed: "Roles and Responsibilities"):
// three full-day meetings, then quarterly half-day meetings in year one and quarterly monitoring in
// year two. [default] The spacing is not in the seed: 8 weeks between the full-day meetings.

import { addDays } from '../dates';
import type { Meeting } from './merge-types';

const WEEKS_BETWEEN_FULL_DAYS = 8;
const QUARTER_DAYS = 91;

export function meetingCalendar(firstMeeting: string): Meeting[] {
  const at = (days: number): string => addDays(firstMeeting, days);
  const third = WEEKS_BETWEEN_FULL_DAYS * 7 * 2;
  const meetings: Meeting[] = [
    { number: 1, name: 'First meeting (full day)', date: firstMeeting, purpose: 'Introduction, engagement, training; the work groups begin their assessments.' },
    { number: 2, name: 'Second meeting (full day)', date: at(WEEKS_BETWEEN_FULL_DAYS * 7), purpose: 'Work groups report strengths and gaps: the Service Array Assessment Reports.' },
    { number: 3, name: 'Third meeting (full day)', date: at(third), purpose: 'Work groups present their plan sections; the Resource and Capacity Development Plan is finalised and implementation begins.' },
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
      purpose: 'Review implementation of the plan: progress, overdue steps, barriers to address, successes to celebrate.',
    });
  }
  return meetings;
}

export function nextMeeting(firstMeeting: string, asOf: string): Meeting | null {
  return meetingCalendar(firstMeeting).find((m) => m.date >= asOf) ?? null;
}
