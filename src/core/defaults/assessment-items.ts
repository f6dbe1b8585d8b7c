// [default] What the Practice and the Leadership and Systemic Culture assessments rate. The
// instruments' own questions were not retrievable (domain notes); a jurisdiction may replace these.

export interface AssessmentItem {
  /** Stable id written next to the item in the workbook, so sorted or moved rows still match. */
  readonly id: string;
  readonly label: string;
  /** The question a work group answers when rating the item. */
  readonly prompt: string;
  /** Capacity ids the item is rated for; empty means every capacity. */
  readonly capacities: readonly string[];
}

export const DEFAULT_PRACTICE_ITEMS = [
  { id: 'PR01', label: 'Family engagement', prompt: 'Are parents, children and youth engaged as partners from the first contact onward?', capacities: [] },
  { id: 'PR02', label: 'Safety and risk assessment', prompt: 'Are safety and risk assessed with a consistent tool at intake, investigation and before case closure?', capacities: ['S1', 'S2'] },
  { id: 'PR03', label: 'Comprehensive family assessment', prompt: 'Are the underlying needs of every family member assessed, not only the presenting incident?', capacities: ['S1', 'S2', 'WB1'] },
  { id: 'PR04', label: 'Safety planning with families', prompt: "Are safety plans built with the family and its network, and checked while they are in effect?", capacities: ['S1', 'S2'] },
  { id: 'PR05', label: 'Differential (multiple-track) response', prompt: 'Can reports be met with a family assessment path when an investigation is not needed?', capacities: ['S1', 'S2'] },
  { id: 'PR06', label: 'Teaming and individualised case planning', prompt: 'Do family teams meet and build case plans around the needs of this child and family?', capacities: [] },
  { id: 'PR07', label: 'Concurrent planning', prompt: 'Is a second permanency goal pursued early when reunification is uncertain?', capacities: ['P1'] },
  { id: 'PR08', label: 'Placement matching and stability', prompt: "Are placements chosen for the child's needs, and supported to prevent disruption?", capacities: ['P1', 'P2'] },
  { id: 'PR09', label: 'Relative search and kinship placement', prompt: 'Are relatives and kin found and considered early, and supported when they step in?', capacities: ['P1', 'P2'] },
  { id: 'PR10', label: 'Visiting and connections', prompt: 'Do children in care see parents and siblings often, in natural settings?', capacities: ['P2'] },
  { id: 'PR11', label: 'Preserving cultural and tribal connections', prompt: "Are a child's culture, language, community and tribal ties preserved (ICWA where it applies)?", capacities: ['P2'] },
  { id: 'PR12', label: 'Caseworker visits with parents and children', prompt: 'Are caseworker visits frequent and focused on safety, permanency and well-being?', capacities: ['S2', 'P1', 'WB1'] },
  { id: 'PR13', label: 'Educational advocacy', prompt: 'Is school stability protected and is each child’s educational progress followed and supported?', capacities: ['WB2'] },
  { id: 'PR14', label: 'Health screening and follow-up', prompt: 'Are children screened for physical and dental health on entry and followed up?', capacities: ['WB3'] },
  { id: 'PR15', label: 'Mental-health screening and trauma-informed care', prompt: 'Are children screened for trauma and mental-health needs and linked to treatment?', capacities: ['WB3'] },
  { id: 'PR16', label: 'Parent capacity building', prompt: "Do services build parents' skills and supports so they can meet their children's needs?", capacities: ['WB1'] },
] as const satisfies readonly AssessmentItem[];

export const DEFAULT_LEADERSHIP_ITEMS = [
  { id: 'LS01', label: 'Leadership commitment', prompt: 'Do agency and community leaders visibly champion this capacity and follow through?', capacities: [] },
  { id: 'LS02', label: 'Policy support', prompt: 'Do written policies and procedures support the practice this capacity needs?', capacities: [] },
  { id: 'LS03', label: 'Staff and provider training', prompt: 'Are staff and providers trained for this capacity, and is the training kept up?', capacities: [] },
  { id: 'LS04', label: 'Supervision and coaching', prompt: 'Does supervision coach the practice, not only check compliance?', capacities: [] },
  { id: 'LS05', label: 'Use of data and CQI', prompt: 'Are data and case reviews used to find problems and test improvements?', capacities: [] },
  { id: 'LS06', label: 'Partnership with community and tribes', prompt: 'Are community partners and tribes involved in decisions, not only informed of them?', capacities: [] },
  { id: 'LS07', label: 'Family and youth voice', prompt: 'Do parents, youth and caregivers with lived experience shape policy and services?', capacities: [] },
  { id: 'LS08', label: 'Funding flexibility', prompt: 'Can funds be used flexibly to meet individual needs of children and families?', capacities: [] },
] as const satisfies readonly AssessmentItem[];
