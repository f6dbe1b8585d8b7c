// [default] Stakeholder membership categories (seed: "Roles and Responsibilities of the Community
// Stakeholder Collaborative") and the engagement colours (seed: "Engaging Community Stakeholders", slide 31).

export interface StakeholderCategory {
  readonly id: string;
  readonly label: string;
}

export const DEFAULT_STAKEHOLDER_CATEGORIES = [
  { id: 'child-welfare', label: 'Public and private child welfare providers, incl. frontline staff and supervisors' },
  { id: 'public-community', label: 'Other public sector, community-based organisations, United Way or foundations' },
  { id: 'behavioral-health-dv', label: 'Mental health, substance abuse and domestic violence providers' },
  { id: 'education-health', label: 'Educators, health care providers, home visiting staff' },
  { id: 'court-legal', label: 'Court, legal and law enforcement, incl. CASA and the Court Improvement Program' },
  { id: 'tribal', label: 'Tribal representatives' },
  { id: 'lived-experience', label: 'Birth parents, resource/foster/kinship families and youth with lived experience' },
  { id: 'prevention', label: 'Child abuse prevention advocates and staff' },
  { id: 'basic-needs', label: 'Housing, food, transportation and recreation providers' },
  { id: 'officials', label: 'Elected officials, administrators, legislators and staff' },
  { id: 'business-faith-labor-media', label: 'Business, faith, labor and media' },
] as const satisfies readonly StakeholderCategory[];

export const ENGAGEMENT_COLOURS = ['green', 'yellow', 'red', 'none'] as const;
export type EngagementColour = (typeof ENGAGEMENT_COLOURS)[number];

export const WORK_GROUP_ROLES = ['facilitator', 'reporter', 'member'] as const;
export type WorkGroupRole = (typeof WORK_GROUP_ROLES)[number];
