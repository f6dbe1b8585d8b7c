// The involvement matrices: CFSR phases, and the outcomes and systemic factors, against the CFSR
// partner groups, counting what the plan names and what the log shows. A row nobody outside the
// agency is planned for or logged in is a gap.

import type { EngagementData, Partner } from './engagement-types';
import { FOCUS_ITEMS } from './engagement-layout';
import { AGENCY_GROUP, CFSR_GROUPS, CFSR_OUTCOMES_AND_FACTORS, CFSR_PHASES, type CfsrGroup, type Coded } from './vocabulary';

export interface MatrixCell {
  readonly planned: number;
  readonly logged: number;
}

export interface MatrixRow {
  readonly focus: string;
  readonly label: string;
  /** One per CFSR partner group, in CFSR_GROUPS order. */
  readonly cells: readonly MatrixCell[];
  /** Plan rows and log rows of this phase, outcome or factor involving someone outside the agency. */
  readonly outsidePlanned: number;
  readonly outsideLogged: number;
  readonly gap: boolean;
}

export interface InvolvementMatrix {
  readonly title: string;
  readonly rows: readonly MatrixRow[];
}

export interface InvolvementMatrices {
  readonly phases: InvolvementMatrix;
  readonly outcomes: InvolvementMatrix;
  /** Every gap, phases first: the headline names them. */
  readonly gaps: readonly MatrixRow[];
}

/** Outside the agency: an external partner, or (for a plan row naming only a group) any group but agency staff. */
export function isOutside(partner: Partner | undefined, group: CfsrGroup | null): boolean {
  return partner === undefined ? group !== null && group !== AGENCY_GROUP : partner.side === 'external';
}

export function involvementMatrices(data: EngagementData): InvolvementMatrices {
  const partners = new Map(data.partners.map((p) => [p.organisation, p] as const));
  const planned = new Map<string, { group: CfsrGroup; outside: boolean }[]>();
  const logged = new Map<string, { group: CfsrGroup; outside: boolean }[]>();
  const add = (into: typeof planned, focus: string, group: CfsrGroup, outside: boolean): void => {
    const list = into.get(focus) ?? [];
    list.push({ group, outside });
    into.set(focus, list);
  };
  for (const p of data.plan) {
    const partner = p.partner === null ? undefined : partners.get(p.partner);
    add(planned, p.focus, p.group ?? 'other', isOutside(partner, p.group));
  }
  for (const e of data.log) {
    const partner = partners.get(e.who);
    if (e.focus !== null) add(logged, e.focus, partner?.group ?? 'other', isOutside(partner, null));
  }
  const matrix = (title: string, items: readonly Coded[]): InvolvementMatrix => ({
    title,
    rows: items.map((item): MatrixRow => {
      const p = planned.get(item.code) ?? [];
      const l = logged.get(item.code) ?? [];
      const outsidePlanned = p.filter((x) => x.outside).length;
      const outsideLogged = l.filter((x) => x.outside).length;
      return {
        focus: item.code,
        label: FOCUS_ITEMS.find((f) => f.code === item.code)?.display ?? item.label,
        cells: CFSR_GROUPS.map((g) => ({ planned: p.filter((x) => x.group === g.code).length, logged: l.filter((x) => x.group === g.code).length })),
        outsidePlanned,
        outsideLogged,
        gap: outsidePlanned + outsideLogged === 0,
      };
    }),
  });
  const phases = matrix('CFSR phases', CFSR_PHASES);
  const outcomes = matrix('Outcomes and systemic factors', CFSR_OUTCOMES_AND_FACTORS);
  return { phases, outcomes, gaps: [...phases.rows, ...outcomes.rows].filter((r) => r.gap) };
}
