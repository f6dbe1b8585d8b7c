// [default] The fixed vocabularies of the plan and the assessments: statuses, priorities and the
// kinds of conclusion. Configurable per jurisdiction like every other default list.

export const DEFAULT_PLAN_STATUSES = ['Not started', 'In progress', 'Completed', 'Barrier', 'Dropped'] as const;
export const DEFAULT_PRIORITIES = ['High', 'Medium', 'Low'] as const;
export const CONCLUSION_KINDS = ['Strength', 'Gap'] as const;
export type ConclusionKind = (typeof CONCLUSION_KINDS)[number];
