// The words of the Collaborative's partnership work, from the seed "Engaging Community Stakeholders
// and Building Community Partnerships" (slide numbers given). What the seed leaves open is marked
// [default] and can be replaced in the jurisdiction file's settings.engagement.

export interface Coded {
  readonly code: string;
  readonly label: string;
}

/** Levels of community partnership (slides 8-9), lowest first; the code is the level's number. */
export const PARTNERSHIP_LEVELS = [
  { code: '1', label: 'Basic referrals (case level)', short: 'Referrals' },
  { code: '2', label: 'Joint case planning (case level)', short: 'Joint case planning' },
  { code: '3', label: 'Joint program development (intermediate)', short: 'Joint programs' },
  { code: '4', label: 'Shared infrastructure: agreements, systems, liaisons (intermediate)', short: 'Shared infrastructure' },
  { code: '5', label: 'Jurisdiction Stakeholder Collaborative with its own governance', short: 'Collaborative' },
  { code: '6', label: 'State-level collaborative or Cabinet for Children, Youth and Families', short: 'State level' },
] as const satisfies readonly (Coded & { short: string })[];

/** Level 4 rests on written agreements (slide 9). */
export const AGREEMENTS_LEVEL = 4;
/** Partners are invited to move up to, at most, the jurisdiction's own Collaborative. */
export const HIGHEST_LOCAL_LEVEL = 5;

/** Who the partners are: internal or external to the agency (slide 7). */
export const PARTNER_SIDES = [
  { code: 'internal', label: 'Internal to the agency' },
  { code: 'external', label: 'External' },
] as const satisfies readonly Coded[];
export type PartnerSide = (typeof PARTNER_SIDES)[number]['code'];

/** The CFSR partners (slide 22). */
export const CFSR_GROUPS = [
  { code: 'court', label: 'Court' },
  { code: 'tribal', label: 'Tribal' },
  { code: 'youth', label: 'Youth' },
  { code: 'agency-staff', label: 'Child welfare agency staff' },
  { code: 'external', label: 'External partners' },
  { code: 'diversity', label: 'Diversity-of-state representatives' },
  { code: 'other', label: 'Other' },
] as const satisfies readonly Coded[];
export type CfsrGroup = (typeof CFSR_GROUPS)[number]['code'];
/** The one CFSR group that is the agency itself. */
export const AGENCY_GROUP: CfsrGroup = 'agency-staff';

/** The tie on the eco-map (slide 30; Hartman 1978): drawn solid, dashed and zigzag. */
export const TIE_STRENGTHS = [
  { code: 'strong', label: 'Strong' },
  { code: 'tenuous', label: 'Tenuous' },
  { code: 'stressful', label: 'Stressful' },
] as const satisfies readonly Coded[];
export type TieStrength = (typeof TIE_STRENGTHS)[number]['code'];

/** Which way resources and energy flow, drawn as arrows. */
export const RESOURCE_FLOWS = [
  { code: 'to-partner', label: 'From the agency to the partner' },
  { code: 'to-agency', label: 'From the partner to the agency' },
  { code: 'both', label: 'Both ways' },
  { code: 'neither', label: 'Neither way yet' },
] as const satisfies readonly Coded[];
export type ResourceFlow = (typeof RESOURCE_FLOWS)[number]['code'];

/** The phases of the CFSR (slide 33), then the outcomes and systemic factors (slide 34). */
export const CFSR_PHASES = [
  { code: 'PH1', label: 'Statewide Assessment' },
  { code: 'PH2', label: 'Onsite Review' },
  { code: 'PH3', label: 'Program Improvement Planning' },
  { code: 'PH4', label: 'PIP Implementation' },
  { code: 'PH5', label: 'PIP Monitoring / Revisions' },
] as const satisfies readonly Coded[];

export const CFSR_OUTCOMES_AND_FACTORS = [
  { code: 'S1', label: 'Safety Outcome 1' },
  { code: 'S2', label: 'Safety Outcome 2' },
  { code: 'P1', label: 'Permanency Outcome 1' },
  { code: 'P2', label: 'Permanency Outcome 2' },
  { code: 'WB1', label: 'Well-Being Outcome 1' },
  { code: 'WB2', label: 'Well-Being Outcome 2' },
  { code: 'WB3', label: 'Well-Being Outcome 3' },
  { code: 'SF1', label: 'Statewide Information System' },
  { code: 'SF2', label: 'Case Review System' },
  { code: 'SF3', label: 'Quality Assurance System' },
  { code: 'SF4', label: 'Staff and Provider Training' },
  { code: 'SF5', label: 'Service Array' },
  { code: 'SF6', label: 'Agency Responsiveness to the Community' },
  { code: 'SF7', label: 'Foster and Adoptive Parent Licensing, Recruitment and Retention' },
] as const satisfies readonly Coded[];

/** What a log row records: the four parts of the involvement loop (slide 6). */
export const LOG_KINDS = [
  { code: 'input', label: 'Input gathered' },
  { code: 'decision', label: 'Included in a decision' },
  { code: 'feedback', label: 'Feedback given' },
  { code: 'communication', label: 'Communication' },
] as const satisfies readonly Coded[];
export type LogKind = (typeof LOG_KINDS)[number]['code'];

/** [default] Methods of involvement (slides 17-19), with the common ones the slides take for granted. */
export const DEFAULT_METHODS = [
  'Council (QI, foster parent or youth council)',
  'Citizen review panel',
  'Targeted survey',
  'Website: comments on drafts',
  'Collaborative or work-group meeting',
  'Focus group or listening session',
  'Case review',
  'One-to-one meeting or call',
  'Email or newsletter',
  'Review of a draft (Statewide Assessment, PIP)',
] as const;

/** Finding evidence of strong collaboration: the nine elements (slide 26). */
export const COLLABORATION_ELEMENTS = [
  { code: 'E1', label: 'Engagement of other partners' },
  { code: 'E2', label: 'Communication' },
  { code: 'E3', label: 'Needs assessment' },
  { code: 'E4', label: 'Joint strategic planning' },
  { code: 'E5', label: 'Sharing of resources and structural changes' },
  { code: 'E6', label: 'Sustainability' },
  { code: 'E7', label: 'Policies, laws and regulations' },
  { code: 'E8', label: 'Research, data and evaluation' },
  { code: 'E9', label: 'Leadership' },
] as const satisfies readonly Coded[];

/** Reflection on the previous CFSR and the strategy for the next (slides 29 and 32). */
export const REFLECTION_QUESTIONS = [
  { code: 'R1', label: 'How were stakeholders identified and recruited for the previous CFSR?' },
  { code: 'R2', label: 'How were they prepared for their involvement, and how was it sustained?' },
  { code: 'R3', label: 'How did the stakeholders themselves judge their involvement and the processes?' },
  { code: 'R4', label: 'How does the steering committee judge them?' },
  { code: 'R5', label: 'Is the involvement ongoing?' },
  { code: 'R6', label: 'Are they the same groups as before, or new ones?' },
  { code: 'R7', label: 'Are stakeholders involved in other work of the child welfare agency?' },
  { code: 'R8', label: 'What was the overall process for the previous CFSR?' },
  { code: 'R9', label: 'What should be the overall strategy for the next CFSR?' },
] as const satisfies readonly Coded[];

/** [default] The loop's rules: feedback is due this many days after input, and a partner not contacted for this long is flagged. */
export interface EngagementRules {
  readonly feedbackDays: number;
  readonly contactDays: number;
  readonly methods: readonly string[];
}

export const DEFAULT_ENGAGEMENT_RULES: EngagementRules = { feedbackDays: 30, contactDays: 90, methods: DEFAULT_METHODS };
