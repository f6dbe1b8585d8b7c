// The dropdown lists of a work-group workbook, built from the jurisdiction's settings. The same
// lists drive the validations the writer adds and the tolerant matching the reader does.

import { ASSESSMENTS } from '../assessments';
import { CONCLUSION_KINDS } from '../defaults/plan-vocabulary';
import { SERVICE_CATEGORIES } from '../defaults/service-catalogue';
import type { Jurisdiction, WorkGroup } from '../jurisdiction/jurisdiction-types';
import type { ListDef, ListItem, ListName } from './layout-types';

const plain = (values: readonly string[]): ListItem[] => values.map((v) => ({ code: v, display: v }));

export function buildLists(j: Jurisdiction, group: WorkGroup): ListDef[] {
  const s = j.settings;
  const capacities = group.capacities.flatMap((id) => {
    const c = s.capacities.find((x) => x.id === id);
    return c === undefined ? [] : [{ code: c.id, display: `${c.id} - ${c.label}` }];
  });
  const items: Record<ListName, ListItem[]> = {
    rating: [
      ...s.ratingScale.levels.map((l) => ({ code: String(l.value), display: `${l.value} - ${l.label}` })),
      { code: 'DK', display: s.ratingScale.dontKnow },
    ],
    capacity: capacities,
    assessment: ASSESSMENTS.map((a) => ({ code: a.id, display: a.short })),
    status: plain(s.planStatuses),
    priority: plain(s.priorities),
    conclusionKind: plain(CONCLUSION_KINDS),
    service: plain(s.serviceCatalogue.map((x) => x.name)),
    serviceCategory: plain(SERVICE_CATEGORIES),
  };
  return (Object.keys(items) as ListName[]).map((name) => ({
    name,
    definedName: `List_${name}`,
    items: items[name],
  }));
}
