// The steering committee's partnership work: the engagement workbook, its parser, the involvement
// matrices, the loop, levels of partnership and the eco-map's geometry.

export * from './vocabulary';
export * from './engagement-columns';
export * from './engagement-types';
export { buildEngagementLayout, engagementTables, engagementLists, colourName, FOCUS_ITEMS, ENGAGEMENT_KIND, ENGAGEMENT_SCHEMA_VERSION, ENGAGEMENT_HEADER_ROW, ENGAGEMENT_SHEETS, DEFAULT_ENGAGEMENT_ROWS, type EngagementRowCounts, type EngagementStamp, type EngagementTables } from './engagement-layout';
export { parseEngagement } from './parse-engagement';
export { involvementMatrices, isOutside, type InvolvementMatrices, type InvolvementMatrix, type MatrixCell, type MatrixRow } from './involvement';
export { checkLoop, type LoopFindings, type OpenInput, type NotContacted, type UninvolvedDecision } from './loop';
export { partnerLevels, collaborationRounds, type PartnerLevels, type LevelCount, type LevelAdvice, type CollaborationRounds, type ElementRounds } from './levels';
export { ecoMapGeometry, ringPlan, svgTextWidth, wrap, ECO, UNKNOWN_CATEGORY, type EcoMap, type EcoMapInput, type EcoNode, type EcoTie, type EcoWedge, type LegendEntry, type Point, type TextLine } from './ecomap';
export { analyseEngagement, engagementHeadline, agencyName, type EngagementReport } from './analyse-engagement';
