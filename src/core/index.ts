// The public surface of the pure core, shared by the pipeline and the add-in. Import from here only.

export * from './cell';
export * from './issue';
export * from './dates';
export * from './hash';
export * from './assessments';
export * from './defaults/capacities';
export * from './defaults/rating-scale';
export * from './defaults/assessment-items';
export * from './defaults/service-catalogue';
export * from './defaults/stakeholders';
export * from './defaults/plan-vocabulary';
export * from './jurisdiction/jurisdiction-types';
export { parseJurisdiction, findWorkGroup, type ParsedJurisdiction } from './jurisdiction/parse-jurisdiction';
export { DEFAULT_SETTINGS, DEFAULT_ROWS } from './jurisdiction/parse-settings';
export * from './layout/layout-types';
export * from './layout/columns';
export * from './layout/sheet-names';
export { buildWorkbookLayout, stepId, SUBMISSION_SCHEMA_VERSION, HEADER_ROW, type TemplateStamp } from './layout/workbook-layout';
export * from './submission/grid';
export * from './submission/submission-types';
export { parseSubmission, NOT_A_SUBMISSION_ADVICE, type ParsedSubmission } from './submission/parse-submission';
export { completeness, type AssessmentProgress } from './submission/completeness';
export { matchListItem, normalise } from './submission/match-text';
