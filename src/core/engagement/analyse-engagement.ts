// Everything the committee's engagement report shows, from the parsed workbook: the eco-map, levels
// of partnership, the involvement matrices and their gaps, the loop, the nine elements over rounds,
// and the headline the plan's Overview repeats.

import type { StakeholderCategory } from '../defaults/stakeholders';
import type { Issue } from '../issue';
import type { Jurisdiction } from '../jurisdiction/jurisdiction-types';
import { ecoMapGeometry, type EcoMap } from './ecomap';
import type { EngagementData, ParsedEngagement, Partner, ReflectionAnswer } from './engagement-types';
import { involvementMatrices, type InvolvementMatrices } from './involvement';
import { collaborationRounds, partnerLevels, type CollaborationRounds, type PartnerLevels } from './levels';
import { checkLoop, type LoopFindings } from './loop';

export interface EngagementReport {
  readonly jurisdiction: { readonly id: string; readonly name: string };
  readonly asOf: string;
  readonly file: string;
  readonly partners: readonly Partner[];
  /** Membership categories no partner covers: drawn as partners to add. */
  readonly toAdd: readonly StakeholderCategory[];
  readonly levels: PartnerLevels;
  readonly involvement: InvolvementMatrices;
  readonly loop: LoopFindings;
  readonly collaboration: CollaborationRounds;
  readonly reflection: readonly ReflectionAnswer[];
  readonly ecomap: EcoMap;
  readonly headline: readonly (readonly [label: string, value: string])[];
  readonly problems: readonly Issue[];
}

export function agencyName(j: Jurisdiction): string {
  return `${j.name} child welfare agency`;
}

export function analyseEngagement(data: EngagementData, j: Jurisdiction, asOf: string, problems: readonly Issue[]): EngagementReport {
  const toAdd = j.settings.stakeholderCategories.filter((c) => !data.partners.some((p) => p.category === c.id));
  const involvement = involvementMatrices(data);
  const loop = checkLoop(data, j.settings.engagement, asOf);
  return {
    jurisdiction: { id: j.id, name: j.name },
    asOf,
    file: data.file,
    partners: data.partners,
    toAdd,
    levels: partnerLevels(data),
    involvement,
    loop,
    collaboration: collaborationRounds(data.evidence),
    reflection: data.reflection,
    ecomap: ecoMapGeometry({ title: `${j.name}: agency partners eco-map, as of ${asOf}`, agency: agencyName(j), partners: data.partners, categories: j.settings.stakeholderCategories }),
    headline: headlineOf(data, toAdd, involvement, loop, problems),
    problems,
  };
}

/** The headline the plan's Overview repeats: gaps, overdue feedback, partners out of touch, categories to add. */
export function engagementHeadline(parsed: ParsedEngagement, j: Jurisdiction, asOf: string): (readonly [string, string])[] {
  if (parsed.data === null) return [['Engagement', `${parsed.issues[0]?.message ?? 'The engagement workbook could not be read'}: see the Problems sheet`]];
  const data = parsed.data;
  const toAdd = j.settings.stakeholderCategories.filter((c) => !data.partners.some((p) => p.category === c.id));
  return headlineOf(data, toAdd, involvementMatrices(data), checkLoop(data, j.settings.engagement, asOf), parsed.issues);
}

function headlineOf(data: EngagementData, toAdd: readonly StakeholderCategory[], involvement: InvolvementMatrices, loop: LoopFindings, problems: readonly Issue[]): (readonly [string, string])[] {
  const external = data.partners.filter((p) => p.side === 'external').length;
  const oldest = loop.overdue[0];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const lines: (readonly [string, string])[] = [
    ['Partners', `${data.partners.length} (${external} external); ${toAdd.length === 0 ? 'every membership category covered' : `to add: ${toAdd.map((c) => c.label).join('; ')}`}`],
    ['Involvement gaps', involvement.gaps.length === 0 ? 'none: every phase, outcome and factor involves someone outside the agency' : `${involvement.gaps.length}, nobody outside the agency involved: ${involvement.gaps.map((g) => g.label).join('; ')}`],
    ['Feedback overdue', loop.overdue.length === 0 ? 'none' : `${loop.overdue.length} input${loop.overdue.length === 1 ? '' : 's'} with no feedback after ${loop.rules.feedbackDays} days or the follow-up date (oldest ${oldest?.daysSince ?? 0} days, ${oldest?.who ?? ''})`],
    ['Not contacted', loop.notContacted.length === 0 ? 'none' : `${loop.notContacted.length} partner${loop.notContacted.length === 1 ? '' : 's'} not contacted in ${loop.rules.contactDays} days`],
    ['Decisions without planned stakeholders', loop.uninvolved.length === 0 ? 'none' : `${loop.uninvolved.length} of ${loop.decisions}`],
  ];
  if (problems.length > 0) lines.push(['Engagement workbook', `${errors} errors, ${problems.length - errors} warnings: see the problems`]);
  return lines;
}
