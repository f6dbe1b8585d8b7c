// Decides what "Set up my work group" must create: every sheet and list name of the core layout that
// the workbook lacks, and nothing else, so a repair never touches what members have typed. Pure.

import { buildWorkbookLayout, type Jurisdiction, type WorkbookLayout, type WorkGroup } from '../core';
import type { SetupPlan, WorkbookState } from '../excel/workbook-gateway';

export const GENERATOR = 'service-array add-in';

export type SetupBlock =
  | { readonly kind: 'ok'; readonly layout: WorkbookLayout; readonly plan: SetupPlan }
  | { readonly kind: 'other-group'; readonly message: string };

export function layoutFor(j: Jurisdiction, group: WorkGroup, state: WorkbookState, now: Date, newId: () => string): WorkbookLayout {
  // A repaired workbook keeps its template id and creation time, so the merge still knows it.
  const meta = state.meta;
  return buildWorkbookLayout(j, group, {
    templateId: meta?.get('templateId') || newId(),
    createdAt: meta?.get('createdAt') || now.toISOString(),
    generator: meta?.get('generator') || GENERATOR,
  });
}

export function planSetup(j: Jurisdiction, group: WorkGroup, state: WorkbookState, now: Date, newId: () => string): SetupBlock {
  const meta = state.meta;
  if (meta !== null) {
    const otherJ = meta.get('jurisdictionId') !== j.id;
    const otherG = meta.get('workGroupId') !== group.id;
    if (otherJ || otherG) {
      return {
        kind: 'other-group',
        message: `This workbook is already set up for ${meta.get('workGroupName') || meta.get('workGroupId') || 'another work group'} (${meta.get('jurisdictionName') || meta.get('jurisdictionId') || 'another jurisdiction'}). Open a new blank workbook to set up ${group.name}.`,
      };
    }
  }
  const layout = layoutFor(j, group, state, now, newId);
  const have = new Set(state.sheets.map((s) => s.name.toLowerCase()));
  const names = new Set(state.names.map((n) => n.toLowerCase()));
  const wanted = [...layout.sheets.map((s) => s.name), layout.listsSheet, layout.metaSheet];
  const create = wanted.filter((n) => !have.has(n.toLowerCase()));
  const addNames = layout.lists.map((l) => l.definedName).filter((n) => !names.has(n.toLowerCase()));
  // Only a workbook with none of our sheets yet is "fresh": then its blank default sheets may go.
  const fresh = create.length === wanted.length;
  const removeIfBlank = fresh ? state.sheets.filter((s) => s.state === 'visible').map((s) => s.name) : [];
  return { kind: 'ok', layout, plan: { create, addNames, removeIfBlank, footer: `${j.name}, ${group.name}` } };
}

/** One sentence for the person: what set-up did. */
export function describeSetup(created: readonly string[], layout: WorkbookLayout): string {
  if (created.length === 0) return 'Everything is in place: no sheet was missing. Your entries were not changed.';
  const visible = created.filter((n) => n !== layout.listsSheet && n !== layout.metaSheet);
  if (visible.length >= layout.sheets.length) return `Your workbook is ready: ${visible.length} sheets were created. Start with "${visible[0] ?? 'Start here'}".`;
  const shown = visible.length === 0 ? 'hidden helper sheets' : visible.map((n) => `"${n}"`).join(', ');
  return `Repaired: added ${shown}. Nothing you typed was changed.`;
}
