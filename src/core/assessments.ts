// The four assessments every work group completes for each assigned capacity (domain notes,
// "The Service Array Assessment Report").

export const ASSESSMENTS = [
  { id: 'practice', label: 'Assessment of Practice', short: 'Practice' },
  { id: 'leadership', label: 'Assessment of Leadership and Systemic Culture', short: 'Leadership' },
  { id: 'services', label: 'Assessment of Current Services', short: 'Services' },
  { id: 'needs', label: 'Assessment of Needed New Services', short: 'Needs' },
] as const;

export type AssessmentId = (typeof ASSESSMENTS)[number]['id'];

export const ASSESSMENT_IDS: readonly AssessmentId[] = ASSESSMENTS.map((a) => a.id);

export function assessmentLabel(id: AssessmentId): string {
  return ASSESSMENTS.find((a) => a.id === id)?.label ?? id;
}
