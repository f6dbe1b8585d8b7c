// The documents each meeting needs, as data: the Assessment Reports, the plan, the Snapshot handout,
// the agenda and the sign-in sheet. The pipeline renders them as Word files.

export * from './document-model';
export * from './plan-workbook';
export { dataOverviewBlocks, chartDescription, formatNumber, snapshotHandout, SNAPSHOT_CHARTS_BY_CAPACITY } from './data-overview';
export { capacityReport, consolidatedReport, reportFileName, REPORT_FOOTER, type ReportInputs } from './assessment-report';
export { planDocument, planDocumentFileName, reviewBlocks, stepsTable } from './plan-document';
export { agendaDocument, signInDocument, chooseModules, meetingKind, PACKET_DOCUMENTS, SIGN_IN_BLANK_ROWS, type ChosenModule, type PacketInputs } from './meeting-packet';
export { AGENDAS, type AgendaItem, type MeetingKind } from '../defaults/meeting-agendas';
