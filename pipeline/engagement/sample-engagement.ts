// The sample county's engagement workbook content (fictional Riverbend County, samples/jurisdiction.json):
// partners at several levels, stressful and tenuous ties, two membership categories no partner covers,
// an involvement plan with gaps, and a log where some feedback is overdue, as of SAMPLE_ENGAGEMENT_AS_OF.

import type { EngagementContent } from './engagement-workbook';

export const SAMPLE_ENGAGEMENT_AS_OF = '2026-11-30';
export const SAMPLE_ENGAGEMENT_FILE = 'samples/engagement/riverbend-county-engagement.xlsx';

const CW = 'Public and private child welfare providers, incl. frontline staff and supervisors';
const PUB = 'Other public sector, community-based organisations, United Way or foundations';
const BH = 'Mental health, substance abuse and domestic violence providers';
const EDU = 'Educators, health care providers, home visiting staff';
const COURT = 'Court, legal and law enforcement, incl. CASA and the Court Improvement Program';
const LIVED = 'Birth parents, resource/foster/kinship families and youth with lived experience';
const PREV = 'Child abuse prevention advocates and staff';
const BASIC = 'Housing, food, transportation and recreation providers';
const OFFICIALS = 'Elected officials, administrators, legislators and staff';

const DCFS = 'Riverbend County DCFS, Intake and Investigations';
const BRIDGES = 'Bridges Adoption and Family Services';
const RFRN = 'Riverbend Family Resource Network';
const UW = 'United Way of the Three Rivers';
const TRBH = 'Three Rivers Behavioral Health';
const SAFE = 'Safe Harbor Domestic Violence Services';
const NEWDAY = 'New Day Recovery Center';
const JUVCOURT = 'Riverbend Juvenile and Family Court';
const CASA = 'Riverbend CASA';
const POLICE = 'Riverbend Police Department, Family Crimes Unit';
const RUSD = 'Riverbend Unified School District';
const PHN = 'Riverbend Public Health Nurse Home Visiting';
const PPP = 'Parent Partner Program';
const YAB = 'Riverbend Youth Advisory Board';
const RFAPA = 'Riverbend Foster and Adoptive Parent Association';
const PCAR = 'Prevent Child Abuse Riverbend';
const RHA = 'Riverbend Housing Authority';
const BOARD = 'Riverbend County Board of Supervisors';

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export const SAMPLE_ENGAGEMENT: EngagementContent = {
  partners: [
    { organisation: DCFS, side: 'Internal', group: 'Child welfare agency staff', category: CW, level: '5', strength: 'Strong', flow: 'Both ways', agreements: 'Staff liaison to the Collaborative', contact: 'Tom Kowalczyk', notes: 'Hosts the steering committee.' },
    { organisation: BRIDGES, side: 'External', group: 'External partners', category: CW, level: '3', strength: 'Strong', flow: 'From the agency to the partner', agreements: 'Purchase-of-service contract', contact: 'Fatima Haddad' },
    { organisation: RFRN, side: 'External', group: 'External partners', category: PUB, level: '4 - Shared infrastructure: agreements, systems, liaisons (intermediate)', strength: 'Strong', flow: 'Both ways', agreements: 'Information-sharing agreement (2025); co-located family advocate at the east office', contact: 'Lucia Ferreira' },
    { organisation: UW, side: 'External', group: 'External partners', category: PUB, level: '3', strength: 'Tenuous', flow: 'From the partner to the agency', contact: 'Ben Adeyemi', notes: 'Funds two family support centres; wants outcome data before renewing.' },
    { organisation: TRBH, side: 'External', group: 'External partners', category: BH, level: '3', strength: 'Strong', flow: 'Both ways', agreements: 'MOU on priority access for families in care', contact: 'Dr. Aisha Rahman' },
    { organisation: SAFE, side: 'External', group: 'External partners', category: BH, level: '2', strength: 'Stressful', flow: 'From the agency to the partner', contact: 'Nadia Petrov', engagement: 'Yellow', notes: 'Tension since the co-response pilot ended over confidentiality; director meeting planned.' },
    { organisation: NEWDAY, side: 'External', group: 'External partners', category: BH, level: '1', strength: 'Tenuous', flow: 'From the agency to the partner', contact: 'Andre Mitchell' },
    { organisation: JUVCOURT, side: 'External', group: 'Court', category: COURT, level: '4', strength: 'Stressful', flow: 'Both ways', agreements: 'Court data-sharing agreement', contact: 'Judge Ellen Marsh', notes: 'Disagreement over hearing delays; the Court Improvement Program can mediate.' },
    { organisation: CASA, side: 'External', group: 'Court', category: COURT, level: '2', strength: 'Strong', flow: 'From the partner to the agency', contact: 'Victor Huang' },
    { organisation: POLICE, side: 'External', group: 'External partners', category: COURT, level: '1', strength: 'Tenuous', flow: 'Neither way yet', contact: 'Officer Ray Dominguez' },
    { organisation: RUSD, side: 'External', group: 'External partners', category: EDU, level: '3', strength: 'Tenuous', flow: 'From the agency to the partner', contact: 'Grace Nakamura' },
    { organisation: PHN, side: 'External', group: 'External partners', category: EDU, level: '4', strength: 'Strong', flow: 'Both ways', contact: 'Hannah Lee', notes: 'Nurses attend family team meetings; the agreement is still verbal.' },
    { organisation: PPP, side: 'External', group: 'Other', category: LIVED, level: '2', strength: 'Strong', flow: 'Both ways', contact: 'Keisha Brown' },
    { organisation: YAB, side: 'External', group: 'Youth', category: LIVED, level: '2', strength: 'Tenuous', flow: 'From the partner to the agency', contact: 'Tyler Greene' },
    { organisation: RFAPA, side: 'External', group: 'Other', category: LIVED, level: '3', strength: 'Strong', flow: 'Both ways', contact: 'Carol Jenkins' },
    { organisation: PCAR, side: 'External', group: 'External partners', category: PREV, level: '3', strength: 'Strong', flow: 'Both ways', agreements: 'Joint prevention grant agreement', contact: 'Maria Santos' },
    { organisation: RHA, side: 'External', group: 'External partners', category: BASIC, level: '1', strength: 'Stressful', flow: 'From the agency to the partner', contact: 'Linh Tran', notes: 'Families wait months for vouchers; no contact since the spring.' },
    { organisation: BOARD, side: 'External', group: 'Other', category: OFFICIALS, level: '1', strength: 'Tenuous', flow: 'From the partner to the agency', contact: 'Councilmember Joan Pierce' },
  ],
  plan: [
    { focus: 'Phase 1: Statewide Assessment', partner: RFRN, method: 'Review of a draft (Statewide Assessment, PIP)', owner: 'Dana Whitfield', when: d('2027-02-15') },
    { focus: 'Phase 1: Statewide Assessment', partner: JUVCOURT, method: 'Collaborative or work-group meeting', owner: 'Dana Whitfield', when: d('2027-02-15') },
    { focus: 'Phase 1: Statewide Assessment', group: 'Youth', method: 'Targeted survey', owner: 'Marcus Oyelaran', when: d('2027-01-31') },
    { focus: 'Phase 2: Onsite Review', partner: CASA, method: 'Case review', owner: 'Tom Kowalczyk', when: d('2027-05-15') },
    { focus: 'Phase 2: Onsite Review', group: 'Court', method: 'Case review', owner: 'Tom Kowalczyk', when: d('2027-05-15') },
    { focus: 'Phase 3: Program Improvement Planning', partner: PCAR, method: 'Collaborative or work-group meeting', owner: 'Lucia Ferreira', when: d('2027-08-31') },
    { focus: 'Phase 3: Program Improvement Planning', group: 'Tribal', method: 'One-to-one meeting or call', owner: 'Dana Whitfield', when: d('2027-06-30') },
    { focus: 'Phase 3: Program Improvement Planning', partner: PPP, method: 'Focus group or listening session', owner: 'Keisha Brown', when: d('2027-07-31') },
    { focus: 'Phase 4: PIP Implementation', partner: DCFS, method: 'Collaborative or work-group meeting', owner: 'Tom Kowalczyk', when: d('2027-10-31') },
    { focus: 'Safety Outcome 1', partner: SAFE, method: 'One-to-one meeting or call', owner: 'Nadia Petrov', when: d('2026-12-15') },
    { focus: 'Safety Outcome 1', partner: POLICE, method: 'Collaborative or work-group meeting', owner: 'Tom Kowalczyk' },
    { focus: 'Safety Outcome 2', partner: TRBH, method: 'Collaborative or work-group meeting', owner: 'Dr. Aisha Rahman' },
    { focus: 'Safety Outcome 2', partner: PHN, method: 'Collaborative or work-group meeting', owner: 'Hannah Lee' },
    { focus: 'Permanency Outcome 1', partner: JUVCOURT, method: 'Collaborative or work-group meeting', owner: 'Marcus Oyelaran' },
    { focus: 'Permanency Outcome 1', partner: CASA, method: 'Case review', owner: 'Marcus Oyelaran' },
    { focus: 'Permanency Outcome 1', partner: BRIDGES, method: 'Collaborative or work-group meeting', owner: 'Marcus Oyelaran' },
    { focus: 'Permanency Outcome 2', partner: YAB, method: 'Council (QI, foster parent or youth council)', owner: 'Tyler Greene' },
    { focus: 'Permanency Outcome 2', group: 'Tribal', method: 'One-to-one meeting or call', owner: 'Marcus Oyelaran' },
    { focus: 'Well-Being Outcome 1', partner: RFRN, method: 'Collaborative or work-group meeting', owner: 'Lucia Ferreira' },
    { focus: 'Well-Being Outcome 1', partner: RHA, method: 'One-to-one meeting or call', owner: 'Lucia Ferreira' },
    { focus: 'Well-Being Outcome 2', partner: RUSD, method: 'Collaborative or work-group meeting', owner: 'Grace Nakamura' },
    { focus: 'Well-Being Outcome 3', partner: TRBH, method: 'Collaborative or work-group meeting', owner: 'Dr. Aisha Rahman' },
    { focus: 'Well-Being Outcome 3', partner: PHN, method: 'Collaborative or work-group meeting', owner: 'Rosa Delgado' },
    { focus: 'Systemic factor: Statewide Information System', partner: DCFS, method: 'Collaborative or work-group meeting', owner: 'Tom Kowalczyk' },
    { focus: 'Systemic factor: Case Review System', partner: JUVCOURT, method: 'Case review', owner: 'Marcus Oyelaran' },
    { focus: 'Systemic factor: Case Review System', partner: CASA, method: 'Citizen review panel', owner: 'Victor Huang' },
    { focus: 'Systemic factor: Quality Assurance System', partner: PPP, method: 'Case review', owner: 'Keisha Brown' },
    { focus: 'Systemic factor: Staff and Provider Training', partner: BRIDGES, method: 'Collaborative or work-group meeting', owner: 'Fatima Haddad' },
    { focus: 'Systemic factor: Service Array', partner: UW, method: 'Targeted survey', owner: 'Ben Adeyemi' },
    { focus: 'Systemic factor: Service Array', partner: RFRN, method: 'Targeted survey', owner: 'Lucia Ferreira' },
    { focus: 'Systemic factor: Agency Responsiveness to the Community', partner: BOARD, method: 'Website: comments on drafts', owner: 'Dana Whitfield' },
    { focus: 'Systemic factor: Foster and Adoptive Parent Licensing, Recruitment and Retention', partner: RFAPA, method: 'Council (QI, foster parent or youth council)', owner: 'Carol Jenkins' },
  ],
  log: [
    { date: d('2026-06-30'), who: POLICE, kind: 'Communication', topic: 'Invitation to join the Collaborative', method: 'One-to-one meeting or call' },
    { date: d('2026-07-08'), who: RFRN, kind: 'Input gathered', topic: 'Service array survey: family support centres', focus: 'SF5', method: 'Targeted survey' },
    { date: d('2026-07-08'), who: UW, kind: 'Input gathered', topic: 'Service array survey: family support centres', focus: 'SF5', method: 'Targeted survey' },
    { date: d('2026-07-15'), who: BOARD, kind: 'Communication', topic: 'Briefing on the Service Array Process', method: 'One-to-one meeting or call' },
    { date: d('2026-08-20'), who: YAB, kind: 'Input gathered', topic: 'What youth need from permanency planning', focus: 'P2', method: 'Council (QI, foster parent or youth council)', followUpDue: d('2026-09-30') },
    { date: d('2026-08-25'), who: NEWDAY, kind: 'Communication', topic: 'Referral pathway for parents in recovery', method: 'Email or newsletter' },
    { date: d('2026-09-15'), who: DCFS, kind: 'Communication', topic: 'First Collaborative meeting', method: 'Collaborative or work-group meeting' },
    { date: d('2026-09-15'), who: BRIDGES, kind: 'Communication', topic: 'First Collaborative meeting', method: 'Collaborative or work-group meeting' },
    { date: d('2026-09-15'), who: TRBH, kind: 'Communication', topic: 'First Collaborative meeting', method: 'Collaborative or work-group meeting' },
    { date: d('2026-09-15'), who: PPP, kind: 'Communication', topic: 'First Collaborative meeting', method: 'Collaborative or work-group meeting' },
    { date: d('2026-09-22'), who: JUVCOURT, kind: 'Included in a decision', topic: 'Kinship placement priority', focus: 'P1', method: 'Collaborative or work-group meeting' },
    { date: d('2026-09-22'), who: CASA, kind: 'Included in a decision', topic: 'Kinship placement priority', focus: 'P1', method: 'Collaborative or work-group meeting' },
    { date: d('2026-10-05'), who: SAFE, kind: 'Input gathered', topic: 'Domestic violence screening at intake', focus: 'S1', method: 'One-to-one meeting or call' },
    { date: d('2026-10-12'), who: PPP, kind: 'Input gathered', topic: 'Family team meetings as parents see them', focus: 'SF3', method: 'Focus group or listening session' },
    { date: d('2026-10-20'), who: TRBH, kind: 'Included in a decision', topic: 'Priority access to therapy for children in care', focus: 'WB3', method: 'Collaborative or work-group meeting' },
    { date: d('2026-10-20'), who: PHN, kind: 'Included in a decision', topic: 'Priority access to therapy for children in care', focus: 'WB3', method: 'Collaborative or work-group meeting' },
    { date: d('2026-10-26'), who: SAFE, kind: 'Feedback given', topic: 'What changed in the intake screening', focus: 'S1', method: 'One-to-one meeting or call' },
    { date: d('2026-10-28'), who: RUSD, kind: 'Communication', topic: 'School stability data request', focus: 'WB2', method: 'Email or newsletter' },
    { date: d('2026-11-03'), who: RUSD, kind: 'Input gathered', topic: 'Educational stability for children who move placements', focus: 'WB2', method: 'Collaborative or work-group meeting' },
    { date: d('2026-11-05'), who: JUVCOURT, kind: 'Communication', topic: 'Hearing delays: data from both sides', focus: 'SF2', method: 'One-to-one meeting or call' },
    { date: d('2026-11-10'), who: RFAPA, kind: 'Communication', topic: 'Recruitment campaign newsletter', focus: 'SF7', method: 'Email or newsletter' },
    { date: d('2026-11-12'), who: CASA, kind: 'Communication', topic: 'Case review volunteers for the onsite review', focus: 'PH2', method: 'Email or newsletter' },
    { date: d('2026-11-17'), who: RFRN, kind: 'Feedback given', topic: 'Survey results and what the plan does with them', focus: 'SF5', method: 'Collaborative or work-group meeting' },
    { date: d('2026-11-18'), who: DCFS, kind: 'Communication', topic: 'Quarterly meeting agenda', method: 'Email or newsletter' },
    { date: d('2026-11-18'), who: BRIDGES, kind: 'Communication', topic: 'Quarterly meeting agenda', method: 'Email or newsletter' },
    { date: d('2026-11-18'), who: TRBH, kind: 'Communication', topic: 'Quarterly meeting agenda', method: 'Email or newsletter' },
    { date: d('2026-11-18'), who: PHN, kind: 'Communication', topic: 'Quarterly meeting agenda', method: 'Email or newsletter' },
    { date: d('2026-11-18'), who: YAB, kind: 'Communication', topic: 'Quarterly meeting agenda', method: 'Email or newsletter' },
    { date: d('2026-11-20'), who: PCAR, kind: 'Input gathered', topic: 'Prevention month activities in the improvement plan', focus: 'PH3', method: 'Collaborative or work-group meeting' },
    { date: d('2026-11-24'), who: SAFE, kind: 'Communication', topic: 'Director meeting scheduled', method: 'One-to-one meeting or call' },
  ],
  evidence: [
    { round: d('2026-06-30'), rating: '2', evidence: 'A handful of partners attend; most invitations go to the usual providers.' },
    { round: d('2026-06-30'), rating: '2', evidence: 'Meeting notes go out by email only.' },
    { round: d('2026-06-30'), rating: '1', evidence: 'No joint needs assessment yet.' },
    { round: d('2026-06-30'), rating: '1', evidence: 'Plans are written by the agency.' },
    { round: d('2026-06-30'), rating: '2', evidence: 'Two purchase-of-service contracts.' },
    { round: d('2026-06-30'), rating: '2', evidence: 'Depends on two staff.' },
    { round: d('2026-06-30'), rating: 'DK', evidence: '' },
    { round: d('2026-06-30'), rating: '2', evidence: 'Case review data shared with the court only.' },
    { round: d('2026-06-30'), rating: '3', evidence: 'Director and court chair the steering committee.' },
    { element: 'Engagement of other partners', round: d('2026-11-17'), rating: '3', evidence: '18 partners on the Partners sheet; tribal and faith partners still missing.' },
    { element: 'Communication', round: d('2026-11-17'), rating: '3', evidence: 'Monthly newsletter; feedback on the service array survey given.' },
    { element: 'Needs assessment', round: d('2026-11-17'), rating: '3', evidence: 'Service array survey with providers and the family resource network.' },
    { element: 'Joint strategic planning', round: d('2026-11-17'), rating: '2', evidence: 'Work groups draft their plan sections.' },
    { element: 'Sharing of resources and structural changes', round: d('2026-11-17'), rating: '2', evidence: 'Co-located family advocate at the east office.' },
    { element: 'Sustainability', round: d('2026-11-17'), rating: '2', evidence: 'Collaborative charter drafted, not adopted.' },
    { element: 'Policies, laws and regulations', round: d('2026-11-17'), rating: '2', evidence: 'Kinship placement priority decided with the court and CASA.' },
    { element: 'Research, data and evaluation', round: d('2026-11-17'), rating: '3', evidence: 'Child and Family Snapshot shared with every work group.' },
    { element: 'Leadership', round: d('2026-11-17'), rating: '3', evidence: 'Director and court chair the steering committee; youth co-chair sought.' },
  ],
  reflection: [
    'Invitations went to the agency\'s contracted providers and the court; parents and youth were recruited late through the foster parent association.',
    'One orientation session; nobody followed up with those who stopped coming.',
    'Stakeholders told us they were asked for input but never heard what happened to it.',
    'Involvement was broad at the Statewide Assessment and thin during PIP implementation.',
    'Only the court and two providers stayed involved after the onsite review.',
    'Mostly the same groups; the tribe and faith communities were not at the table.',
    'Some: the court in case reviews, providers in contract meetings.',
    'A six-month push before the onsite review, led by agency staff.',
    'Involve partners in every phase and outcome, close the feedback loop within a month, and recruit tribal and faith partners.',
  ],
};
