// The dropdown lists of a work-group workbook, built from the jurisdiction's settings. The same
// lists drive the validations the writer adds and the tolerant matching the reader does.

import { ASSESSMENTS } from '../assessments';
import { CONCLUSION_KINDS } from '../defaults/plan-vocabulary';
import { SERVICE_CATEGORIES } from '../defaults/service-catalogue';
import type { Jurisdiction, WorkGroup } from '../jurisdiction/jurisdiction-types';
import type { AssessmentListName, ListDef, ListItem, ListName } from './layout-types';

const plain = (values: readonly string[]): ListItem[] => values.map((v) => ({ code: v, display: v }));

type CommonList = Exclude<AssessmentListName, 'capacity'>;

/** The lists that follow from the jurisdiction alone, built once for each: a merge builds a layout per workbook. */
const fromJurisdiction = new WeakMap<Jurisdiction, Readonly<Record<CommonList, ListDef>>>();

export function buildLists(j: Jurisdiction, group: WorkGroup): ListDef[] {
  const s = j.settings;
  let common = fromJurisdiction.get(j);
  if (common === undefined) {
    common = {
      rating: listDef('rating', [
        ...s.ratingScale.levels.map((l) => ({ code: String(l.value), display: `${l.value} - ${l.label}`, number: { value: l.value, format: numberShowing(` - ${l.label}`) } })),
        { code: 'DK', display: s.ratingScale.dontKnow },
      ]),
      assessment: listDef('assessment', ASSESSMENTS.map((a) => ({ code: a.id, display: a.short }))),
      status: listDef('status', plain(s.planStatuses)),
      priority: listDef('priority', plain(s.priorities)),
      conclusionKind: listDef('conclusionKind', plain(CONCLUSION_KINDS)),
      service: listDef('service', plain(s.serviceCatalogue.map((x) => x.name))),
      serviceCategory: listDef('serviceCategory', plain(SERVICE_CATEGORIES)),
    };
    fromJurisdiction.set(j, common);
  }
  const capacities = group.capacities.flatMap((id) => {
    const c = s.capacities.find((x) => x.id === id);
    return c === undefined ? [] : [{ code: c.id, display: `${c.id} - ${c.label}` }];
  });
  return [common.rating, listDef('capacity', capacities), common.assessment, common.status, common.priority, common.conclusionKind, common.service, common.serviceCategory];
}

const listDef = (name: ListName, items: ListItem[]): ListDef => ({ name, definedName: `List_${name}`, items });

/** An Excel number format that shows the number followed by `suffix`, quoted so any text is literal. */
export function numberShowing(suffix: string): string {
  return `0"${suffix.replace(/"/g, "'")}"`;
}
