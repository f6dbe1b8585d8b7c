// Names of the plan's hidden sheets, and of the places people write in, shared by the writer and the
// reader of a previous plan. Kept apart from plan-writer so that reading does not load exceljs (a
// third of a second at start-up).

export const PLAN_META_SHEET = '_meta';
export const PLAN_BASIS_SHEET = '_basis';
/**
 * What this merge wrote for the person-owned fields: the next merge tells committee edits by it.
 * Since schema 2 it lists only the steps where that differs from `_basis` (or has no basis row):
 * usually none, and at statewide scale it was a seventh of the plan's cells.
 */
export const PLAN_WRITTEN_SHEET = '_written';
/** Every status-update workbook applied, by id, so none is applied twice. */
export const PLAN_UPDATES_SHEET = '_updates';
export const PLAN_KIND = 'consolidated-plan';
export const PLAN_SCHEMA_VERSION = '2';
/** The first schema whose `_written` leaves out what `_basis` already says. */
export const SPARSE_WRITTEN_SCHEMA = 2;

export const reportSheetName = (capacity: string): string => `${capacity} Report`;
/** The label beside the cell people write a report's Executive Summary in; the next merge reads it back by it. */
export const EXECUTIVE_SUMMARY_LABEL = 'Executive Summary';
/** What that cell says until someone writes there: read back as nothing written. */
export const EXECUTIVE_SUMMARY_PLACEHOLDER = 'Write the Executive Summary in this cell: last, once the sections below are settled, and shorter than the Overall Conclusions. The next merge keeps what you write here.';

/**
 * The headers of the Report sheets' tables: what the groups wrote, one row each, attributed. Whatever
 * reads a plan back finds each table by its header row, so a committee's correction in the sheet is
 * read too.
 */
export const REPORT_TABLES = {
  items: ['Group', 'Item id', 'Item', 'Rating', 'Evidence', 'Comment'],
  needs: ['Group', 'Priority', 'Need', 'Service type', 'Evidence', 'Proposed service or practice'],
  conclusions: ['Group', 'Strength or gap', 'Finding', 'From assessment', 'Evidence'],
} as const;
