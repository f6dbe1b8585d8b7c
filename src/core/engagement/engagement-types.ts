// The engagement workbook as typed records (see parse-engagement.ts), and the facts the report and
// the plan's Overview show about it (see analyse-engagement.ts).

import type { EngagementColour } from '../defaults/stakeholders';
import type { Issue } from '../issue';
import type { Rating } from '../layout/layout-types';
import type { CfsrGroup, LogKind, PartnerSide, ResourceFlow, TieStrength } from './vocabulary';

export interface Partner {
  readonly row: number;
  readonly organisation: string;
  /** Null where the cell was blank or wrong (a problem says so). */
  readonly side: PartnerSide | null;
  readonly group: CfsrGroup | null;
  /** A membership category id of the jurisdiction. */
  readonly category: string | null;
  /** 1-6, see PARTNERSHIP_LEVELS. */
  readonly level: number | null;
  readonly strength: TieStrength | null;
  readonly flow: ResourceFlow;
  readonly agreements: string;
  /** The contact's roster id, or null when none is named or the name is not on the roster. */
  readonly contactId: string | null;
  readonly contact: string;
  readonly engagement: EngagementColour;
  /** Where the colour came from: the Partners sheet, the contact's roster entry, or neither. */
  readonly engagementFrom: 'sheet' | 'roster' | 'none';
  readonly notes: string;
}

export interface PlannedInvolvement {
  readonly row: number;
  /** A phase, outcome or factor code (PH1…, S1…, SF1…). */
  readonly focus: string;
  /** The group to involve: the named partner's group when a partner is named. */
  readonly group: CfsrGroup | null;
  /** The partner's organisation as on the Partners sheet, or null for a whole group. */
  readonly partner: string | null;
  readonly method: string;
  readonly owner: string;
  readonly when: string | null;
}

export interface LogEntry {
  readonly row: number;
  readonly date: string;
  /** The partner's organisation as on the Partners sheet. */
  readonly who: string;
  readonly kind: LogKind;
  readonly topic: string;
  readonly focus: string | null;
  readonly method: string;
  readonly followUpDue: string | null;
}

export interface EvidenceRating {
  readonly row: number;
  /** E1-E9. */
  readonly element: string;
  /** The review round's date; null when the row has none. */
  readonly round: string | null;
  readonly rating: Rating | null;
  readonly evidence: string;
}

export interface ReflectionAnswer {
  readonly id: string;
  readonly question: string;
  readonly answer: string;
}

export interface EngagementData {
  readonly file: string;
  readonly partners: readonly Partner[];
  readonly plan: readonly PlannedInvolvement[];
  readonly log: readonly LogEntry[];
  readonly evidence: readonly EvidenceRating[];
  readonly reflection: readonly ReflectionAnswer[];
}

export interface ParsedEngagement {
  /** Null when the file is not an engagement workbook of this jurisdiction at all. */
  readonly data: EngagementData | null;
  readonly issues: readonly Issue[];
}
