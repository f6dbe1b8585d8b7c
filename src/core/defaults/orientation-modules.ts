// The ten orientation training modules offered to Collaborative members (seed: "Roles and
// Responsibilities of the Community Stakeholder Collaborative"). Replaceable per jurisdiction.

export interface OrientationModule {
  readonly number: number;
  readonly title: string;
}

export const DEFAULT_ORIENTATION_MODULES = [
  { number: 1, title: 'Service Array Case Scenario' },
  { number: 2, title: 'What Is Child Welfare?' },
  { number: 3, title: 'What Is the Child and Family Services Review (CFSR)?' },
  { number: 4, title: 'Lessons Learned about the Child and Family Service Array from the First Round of CFSRs' },
  { number: 5, title: 'The CFSR Practice Principles: Critical Principles for Assessing and Enhancing the Child and Family Service Array' },
  { number: 6, title: 'Understanding and Developing Child Welfare Practice Models' },
  { number: 7, title: 'Definitions and Examples of Practices vs. Services in Child Welfare' },
  { number: 8, title: 'Strengths-/Needs-Based Practice Principles Drawn from Child Welfare Systems of Care: From Principle to Practice' },
  { number: 9, title: 'Evidence-Based Practices and Promising Approaches in Child Welfare' },
  { number: 10, title: 'Bringing Prevention to the Table: Enhancing Service Array Capacity through State Child Welfare/CBCAP Collaboration' },
] as const satisfies readonly OrientationModule[];

/** [default] Roster rules the seeds leave open: a category with fewer members than `thinBelow` is
 * "thin"; a member who missed the last `atRiskMissed` meetings held is at risk of dropping out. */
export interface RosterRules {
  readonly thinBelow: number;
  readonly atRiskMissed: number;
}

export const DEFAULT_ROSTER_RULES: RosterRules = { thinBelow: 2, atRiskMissed: 2 };

/** What each engagement colour asks of the steering committee (seed "Engaging Community Stakeholders", slide 31). */
export const ENGAGEMENT_AIMS = {
  green: 'Keep positive involvement',
  yellow: 'Improve the relationship and enhance involvement',
  red: 'Heal and re-involve',
  none: 'Develop the relationship and begin involvement',
} as const;
