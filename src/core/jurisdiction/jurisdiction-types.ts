// The jurisdiction file as the program uses it: validated, with every default list resolved.
// The on-disk format is documented in README.md ("The jurisdiction file").

import type { Capacity } from '../defaults/capacities';
import type { RatingScale } from '../defaults/rating-scale';
import type { AssessmentItem } from '../defaults/assessment-items';
import type { CatalogueService } from '../defaults/service-catalogue';
import type { EngagementColour, StakeholderCategory } from '../defaults/stakeholders';
import type { OrientationModule, RosterRules } from '../defaults/orientation-modules';
import type { EngagementRules } from '../engagement/vocabulary';

export const JURISDICTION_FORMAT_VERSION = 1;

export interface Stakeholder {
  readonly id: string;
  readonly name: string;
  readonly organisation: string;
  /** A stakeholder category id. */
  readonly category: string;
  readonly email: string;
  readonly engagement: EngagementColour;
  /** The engagement plan's next step with this person, and who on the steering committee owns it ('' if none). */
  readonly nextStep: string;
  readonly nextStepOwner: string;
  /** yyyy-mm-dd, or '' when not recorded: a member counts from `joined` and until `left`. */
  readonly joined: string;
  readonly left: string;
  /** Numbers of the calendar meetings attended (dates in the file are resolved to meeting numbers). */
  readonly attended: readonly number[];
  /** Orientation module numbers taken. */
  readonly orientation: readonly number[];
}

export interface WorkGroup {
  readonly id: string;
  readonly name: string;
  /** Capacity ids, in the order their sheets appear. */
  readonly capacities: readonly string[];
  readonly dueDate: string;
  /** Stakeholder ids. */
  readonly facilitator: string;
  readonly reporter: string;
  readonly members: readonly string[];
}

export interface RowCounts {
  /** Blank rows offered for services, needs, conclusions and action steps. */
  readonly services: number;
  readonly needs: number;
  readonly conclusions: number;
  readonly actionSteps: number;
  /** Blank rows under the listed practice and leadership items, for items a group adds. */
  readonly otherItems: number;
}

/** Every list the domain notes mark [default], as this jurisdiction uses it. */
export interface Settings {
  readonly capacities: readonly Capacity[];
  readonly ratingScale: RatingScale;
  readonly practiceItems: readonly AssessmentItem[];
  readonly leadershipItems: readonly AssessmentItem[];
  readonly serviceCatalogue: readonly CatalogueService[];
  readonly stakeholderCategories: readonly StakeholderCategory[];
  readonly planStatuses: readonly string[];
  readonly priorities: readonly string[];
  readonly rows: RowCounts;
  readonly orientationModules: readonly OrientationModule[];
  readonly roster: RosterRules;
  readonly engagement: EngagementRules;
}

export interface Jurisdiction {
  readonly formatVersion: number;
  readonly id: string;
  readonly name: string;
  readonly state: string;
  /**
   * Where work groups send their finished workbooks: a shared mailbox, a shared folder's link or a
   * postal address ('' when not given). Every workbook carries it; never a member's own email.
   */
  readonly submitTo: string;
  readonly planPeriod: { readonly start: string; readonly end: string };
  /** Date of the Collaborative's first full-day meeting; the meeting calendar counts from it. */
  readonly firstMeeting: string;
  readonly workGroups: readonly WorkGroup[];
  readonly stakeholders: readonly Stakeholder[];
  readonly settings: Settings;
}
