// [default] The service catalogue: NRCOI's "A Full Service Array in Child Welfare" (draft April 2005),
// 96 services in five groups. Items 1-36 are named in the source; 37-96 complete it with common
// home-based, out-of-home and exit services (domain notes). Work groups may also type services not listed.

export type ServiceCategory = 'Prevention' | 'Supervision' | 'Custody' | 'Extended';

export interface ServiceGroup {
  readonly id: string;
  readonly label: string;
  readonly category: ServiceCategory;
}

export interface CatalogueService {
  readonly id: string;
  readonly name: string;
  readonly group: string;
  readonly category: ServiceCategory;
  readonly capacities: readonly string[];
}

export const SERVICE_CATEGORIES: readonly ServiceCategory[] = ['Prevention', 'Supervision', 'Custody', 'Extended'];

export const DEFAULT_SERVICE_GROUPS = [
  { id: 'I', label: 'Community/Neighborhood Prevention, Early Intervention', category: 'Prevention' },
  { id: 'II', label: 'Investigative, Assessment Functions', category: 'Supervision' },
  { id: 'III', label: 'Home-Based Interventions', category: 'Supervision' },
  { id: 'IV', label: 'Out-of-Home Interventions', category: 'Custody' },
  { id: 'V', label: 'Child Welfare System Exits', category: 'Extended' },
] as const satisfies readonly ServiceGroup[];

type Entry = readonly [name: string, capacities: string];

// Compact rows: name, then the capacities it serves (space-separated ids).
const GROUPS: Readonly<Record<string, readonly Entry[]>> = {
  I: [
    ['Information and referral', 'S1 S2 WB1'],
    ['Cash assistance (food, utilities, clothing)', 'S2 WB1'],
    ['Housing assistance', 'S2 P1 WB1'],
    ['Child care assistance', 'S2 WB1'],
    ['Transportation assistance', 'S2 P2 WB1'],
    ['Employment assistance', 'WB1'],
    ['Crisis stabilization', 'S1 S2'],
    ["Children's health insurance", 'WB3'],
    ['Primary child health care', 'WB3'],
    ['Child dental care', 'WB3'],
    ['Primary adult health care', 'WB1'],
    ['Educational services for children', 'WB2'],
    ['Family support centers', 'S2 WB1'],
    ['Neighborhood service time banks', 'WB1'],
    ['Home visits to parents with newborns', 'S1 S2 WB1'],
    ['Parent education', 'S2 WB1'],
    ['Life skills/household management', 'WB1'],
    ['Crisis nurseries', 'S1 S2'],
    ['Parents Anonymous', 'S2 WB1'],
    ['Head Start/early childhood education', 'WB2'],
    ['School-based personal safety curriculum', 'S1 WB2'],
    ['School-based family resource workers', 'WB1 WB2'],
    ['Before/after-school programs', 'WB2'],
    ['Mentoring for adults', 'WB1'],
    ['Mentoring for children and youth', 'WB2 WB3'],
    ['Child abuse and neglect education', 'S1'],
    ['Child and family advocacy', 'S1 WB1'],
  ],
  II: [
    ['Abuse/neglect hotline', 'S1'],
    ['CPS intake', 'S1'],
    ['Multiple-track CPS response', 'S1 S2'],
    ['CPS investigation with safety and risk assessment', 'S1 S2'],
    ['Placement decision-making and permanency planning', 'P1 P2'],
    ['Comprehensive family assessment', 'S1 S2 WB1'],
    ['Specialized CPS/domestic violence investigation', 'S1'],
    ['DV/CPS protective orders', 'S1'],
    ['Child advocacy centers', 'S1 WB3'],
  ],
  III: [
    ['In-home family preservation services', 'S2'],
    ['Intensive family preservation (crisis) services', 'S2'],
    ['Family team/family group decision-making meetings', 'S2 P1 P2'],
    ['In-home parenting skills coaching', 'S2 WB1'],
    ['Parent-child interaction therapy', 'S2 WB1 WB3'],
    ['Outpatient substance-use treatment for parents', 'S2 P1 WB1'],
    ['Residential family substance-use treatment', 'S2 P1 WB1'],
    ['Outpatient mental-health treatment for parents', 'S2 WB1'],
    ["Children's outpatient mental-health treatment", 'WB3'],
    ['Trauma-focused therapy for children', 'WB3'],
    ['Domestic violence services and safety planning', 'S1 S2'],
    ['Batterer intervention programs', 'S1'],
    ['Respite care', 'S2 P1'],
    ['Homemaker services', 'S2 WB1'],
    ['Family drug treatment court', 'P1 WB1'],
    ['Wraparound/intensive care coordination', 'S2 P1 WB3'],
    ['Developmental disability services', 'WB3'],
    ['Early intervention (Part C) services', 'WB2 WB3'],
    ['In-home nursing for medically fragile children', 'S2 WB3'],
  ],
  IV: [
    ['Emergency shelter care', 'P1'],
    ['Kinship (relative) placement', 'P1 P2'],
    ['Kinship caregiver support and navigation', 'P1 P2'],
    ['Non-relative foster family care', 'P1'],
    ['Treatment (therapeutic) foster care', 'P1 WB3'],
    ['Foster parent recruitment', 'P1'],
    ['Foster parent training and support', 'P1'],
    ['Group home care', 'P1'],
    ['Residential treatment', 'P1 WB3'],
    ['Psychiatric hospitalization', 'WB3'],
    ['Placement stabilization/mobile crisis response', 'P1 WB3'],
    ['Family visitation (supervised visiting) centers', 'P2'],
    ['Parent partner/peer mentor for parents', 'P1 P2 WB1'],
    ['Sibling visits and connections', 'P2'],
    ['School-of-origin transportation', 'WB2 P1'],
    ['Educational advocacy for children in care', 'WB2'],
    ['Health screening (EPSDT) for children in care', 'WB3'],
    ['Psychotropic medication oversight', 'WB3'],
    ['Dental care for children in care', 'WB3'],
    ['Mental-health screening and assessment of children in care', 'WB3'],
    ['Court-appointed special advocate (CASA)', 'P1 P2'],
    ['Parent legal representation', 'P1 P2'],
    ['Child legal representation/guardian ad litem', 'P1'],
    ['Cultural and tribal connections (ICWA) services', 'P2'],
    ['Services for pregnant and parenting youth in care', 'WB1 WB3'],
    ['LGBTQ+ affirming services for youth in care', 'P1 WB3'],
    ['Normalcy activities for youth in care', 'WB2 WB3'],
  ],
  V: [
    ['Reunification support/aftercare services', 'P1'],
    ['Trial home visit support', 'P1'],
    ['Adoption recruitment and matching', 'P1'],
    ['Adoption assistance (subsidy)', 'P1'],
    ['Post-adoption support services', 'P1 P2'],
    ['Guardianship assistance', 'P1'],
    ['Post-permanency support', 'P1 P2'],
    ['Independent living services (Chafee)', 'P1 WB1'],
    ['Transitional housing for youth aging out', 'P1 WB1'],
    ['Extended foster care to 21', 'P1'],
    ['Education and training vouchers', 'WB2'],
    ['Employment services for transition-age youth', 'WB1'],
    ['Mentoring for transition-age youth', 'P2 WB1'],
    ['Youth permanency services (permanency roundtables)', 'P1 P2'],
  ],
};

function buildCatalogue(): CatalogueService[] {
  const services: CatalogueService[] = [];
  for (const group of DEFAULT_SERVICE_GROUPS) {
    for (const [name, capacities] of GROUPS[group.id] ?? []) {
      const n = services.length + 1;
      services.push({
        id: `SV${String(n).padStart(2, '0')}`,
        name,
        group: group.id,
        category: group.category,
        capacities: capacities.split(' '),
      });
    }
  }
  return services;
}

export const DEFAULT_SERVICE_CATALOGUE: readonly CatalogueService[] = buildCatalogue();
