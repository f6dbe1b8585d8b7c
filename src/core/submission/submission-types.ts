// The typed content of one work group's submitted workbook.

import type { ConclusionRow, NeedRow, PlanRow, RatedItemRow, ServiceRow } from '../layout/columns';
import type { MissingItem } from './check-rows';

export interface SubmissionMeta {
  readonly schemaVersion: string;
  readonly generator: string;
  readonly templateId: string;
  readonly jurisdictionId: string;
  readonly workGroupId: string;
  readonly workGroupName: string;
  readonly capacities: readonly string[];
  readonly createdAt: string;
  /** Set by the add-in's "Ready to submit"; empty when the member never pressed it. */
  readonly submittedAt: string;
}

export interface CapacityAssessment {
  readonly capacity: string;
  readonly practice: readonly RatedItemRow[];
  readonly leadership: readonly RatedItemRow[];
  /** Items the template listed that were deleted from the sheet: counted as not rated. */
  readonly missingItems: { readonly practice: readonly MissingItem[]; readonly leadership: readonly MissingItem[] };
  readonly services: readonly ServiceRow[];
  readonly needs: readonly NeedRow[];
}

export interface Submission {
  readonly file: string;
  readonly meta: SubmissionMeta;
  readonly capacities: readonly CapacityAssessment[];
  readonly conclusions: readonly ConclusionRow[];
  readonly plan: readonly PlanRow[];
}
