// The roster facts the roster workbook and the plan's Overview show (see roster-analysis.ts).

import type { EngagementColour, WorkGroupRole } from '../defaults/stakeholders';

export interface Assignment {
  readonly groupId: string;
  readonly role: WorkGroupRole;
}

export interface CategoryCoverage {
  readonly category: string;
  readonly label: string;
  readonly count: number;
  /** missing: nobody; thin: fewer than settings.roster.thinBelow. */
  readonly state: 'missing' | 'thin' | 'ok';
}

export interface GroupCoverage {
  readonly groupId: string;
  readonly groupName: string;
  readonly members: number;
  readonly missing: readonly string[];
  readonly thin: readonly string[];
}

export interface EngagementGroup {
  readonly colour: EngagementColour;
  readonly aim: string;
  readonly people: readonly { readonly id: string; readonly name: string; readonly organisation: string; readonly nextStep: string; readonly nextStepOwner: string }[];
}

export interface AttendanceRow {
  readonly meeting: number;
  readonly name: string;
  readonly date: string;
  /** False when nobody's attendance names this meeting: it was not recorded, so nobody is counted absent. */
  readonly recorded: boolean;
  /** Members on the roster that day, and how many of them came. */
  readonly expected: number;
  readonly attended: number;
  readonly absent: readonly string[];
}

export interface RosterMember {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  readonly category: string;
  /** "WG1 facilitator, WG3 member". */
  readonly groups: string;
  readonly engagement: EngagementColour;
  readonly nextStep: string;
  readonly nextStepOwner: string;
  readonly joined: string;
  readonly left: string;
  readonly state: 'active' | 'at risk' | 'left' | 'not yet joined';
  readonly attended: string;
  readonly orientation: string;
}

export interface RosterSummary {
  readonly asOf: string;
  /**
   * False in a consolidated plan unless the committee asks (`merge --engagement-colours`): the
   * plan is shared beyond the committee, so its roster then has no engagement colours, next steps or
   * owners (each member's `engagement` reads "none", `nextStep` and `nextStepOwner` are blank, and
   * the engagement plan lists nobody). The roster workbook always shows them.
   */
  readonly engagementShown: boolean;
  readonly active: number;
  readonly left: number;
  readonly categories: readonly CategoryCoverage[];
  readonly groups: readonly GroupCoverage[];
  readonly engagement: readonly EngagementGroup[];
  readonly attendance: readonly AttendanceRow[];
  readonly atRisk: readonly { readonly id: string; readonly name: string; readonly organisation: string; readonly engagement: EngagementColour; readonly reason: string }[];
  readonly members: readonly RosterMember[];
  readonly orientation: readonly { readonly number: number; readonly title: string; readonly taken: number }[];
}
