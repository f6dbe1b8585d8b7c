// [default] The seven capacities of a complete service array, each the capacity to achieve the
// matching CFSR outcome (domain notes). A jurisdiction file may relabel them.

export interface Capacity {
  readonly id: string;
  readonly label: string;
  readonly outcome: string;
}

export const DEFAULT_CAPACITIES = [
  { id: 'S1', label: 'Safety Capacity 1', outcome: 'Children are, first and foremost, protected from abuse and neglect.' },
  { id: 'S2', label: 'Safety Capacity 2', outcome: 'Children are safely maintained in their homes whenever possible and appropriate.' },
  { id: 'P1', label: 'Permanency Capacity 1', outcome: 'Children have permanency and stability in their living situations.' },
  { id: 'P2', label: 'Permanency Capacity 2', outcome: 'The continuity of family relationships and connections is preserved for children.' },
  { id: 'WB1', label: 'Well-Being Capacity 1', outcome: "Families have enhanced capacity to provide for their children's needs." },
  { id: 'WB2', label: 'Well-Being Capacity 2', outcome: 'Children receive appropriate services to meet their educational needs.' },
  { id: 'WB3', label: 'Well-Being Capacity 3', outcome: 'Children receive adequate services to meet their physical and mental health needs.' },
] as const satisfies readonly Capacity[];
