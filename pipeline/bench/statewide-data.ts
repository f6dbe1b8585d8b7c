// Generated statewide data for the benchmarks: a jurisdiction file with N regional work groups
// (each assessing one to three capacities) and their filled workbooks, made with the project's own
// template and the sample content, so each submission is of realistic size.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CAPACITIES, DEFAULT_STAKEHOLDER_CATEGORIES, buildWorkbookLayout, parseJurisdiction, type Jurisdiction } from '../../src/core';
import { fillTemplate, type CapacityContent, type GroupContent } from '../samples/fill-template';
import { SAMPLE_CONTENT } from '../samples/sample-content';
import { buildTemplate, templateFileName } from '../template/write-templates';

const CREATED = new Date(Date.UTC(2026, 9, 1));

export function statewideConfig(groups: number): unknown {
  const ids = DEFAULT_CAPACITIES.map((c) => c.id);
  const stakeholders = Array.from({ length: groups * 2 }, (_, i) => ({
    id: `s${i + 1}`,
    name: `Member ${i + 1}`,
    organisation: `Region ${Math.floor(i / 2) + 1}`,
    category: DEFAULT_STAKEHOLDER_CATEGORIES[i % DEFAULT_STAKEHOLDER_CATEGORIES.length]?.id,
  }));
  const workGroups = Array.from({ length: groups }, (_, i) => ({
    id: `G${String(i + 1).padStart(3, '0')}`,
    name: `Region ${i + 1}`,
    // One to three capacities each, rotating so that all seven are covered many times.
    capacities: Array.from({ length: (i % 3) + 1 }, (_c, k) => ids[(i + k * 3) % ids.length]),
    dueDate: '2026-12-04',
    facilitator: `s${2 * i + 1}`,
    reporter: `s${2 * i + 2}`,
    members: [],
  }));
  return { formatVersion: 1, jurisdiction: { id: 'state-of-columbia', name: 'State of Columbia', state: 'State of Columbia' }, planPeriod: { start: '2027-01-01', end: '2028-12-31' }, firstMeeting: '2026-09-15', workGroups, stakeholders };
}

/** The sample content of whichever sample group assessed each capacity, re-dealt to a regional group. */
function contentFor(groupId: string, capacities: readonly string[]): GroupContent {
  const byCapacity = new Map<string, CapacityContent>();
  for (const g of SAMPLE_CONTENT) for (const [c, content] of Object.entries(g.capacities)) byCapacity.set(c, content);
  const mine = (text: unknown): boolean => capacities.some((c) => String(text ?? '').startsWith(c));
  return {
    groupId,
    capacities: Object.fromEntries(capacities.map((c) => [c, byCapacity.get(c) ?? { practice: {}, leadership: {}, services: [], needs: [] }])),
    conclusions: SAMPLE_CONTENT.flatMap((g) => g.conclusions).filter((x) => mine(x.capacity)),
    plan: SAMPLE_CONTENT.flatMap((g) => g.plan).filter((x) => mine(x.capacity)).slice(0, 30),
    submittedAt: '2026-12-01T12:00:00.000Z',
  };
}

/** Writes (once) the jurisdiction file and N submissions into dir; returns the jurisdiction. */
export async function ensureStatewideData(dir: string, groups: number): Promise<{ config: string; submissions: string; jurisdiction: Jurisdiction }> {
  const config = path.join(dir, 'jurisdiction.json');
  const submissions = path.join(dir, 'submissions');
  const raw = statewideConfig(groups);
  const { jurisdiction, issues } = parseJurisdiction(raw, 'jurisdiction.json');
  if (jurisdiction === null) throw new Error(`generated jurisdiction is invalid: ${JSON.stringify(issues.slice(0, 3))}`);
  if (existsSync(path.join(submissions, templateFileName(jurisdiction, jurisdiction.workGroups[groups - 1] ?? jurisdiction.workGroups[0]!)))) {
    return { config, submissions, jurisdiction };
  }
  mkdirSync(submissions, { recursive: true });
  writeFileSync(config, JSON.stringify(raw, null, 2));
  for (const g of jurisdiction.workGroups) {
    const templateId = `bench-${g.id}`;
    const template = await buildTemplate(jurisdiction, g, CREATED, templateId);
    const layout = buildWorkbookLayout(jurisdiction, g, { templateId, createdAt: CREATED.toISOString(), generator: 'bench' });
    writeFileSync(path.join(submissions, templateFileName(jurisdiction, g)), await fillTemplate(template, layout, contentFor(g.id, g.capacities)));
  }
  return { config, submissions, jurisdiction };
}
