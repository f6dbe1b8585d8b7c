// The bundled samples are what a new user first sees: they must read as the README says, and stay
// in step with the code that generates them.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildWorkbookLayout, completeness, findWorkGroup } from '../../src/core';
import { fillTemplate } from '../../pipeline/samples/fill-template';
import { SAMPLE_TEMPLATE_DATE } from '../../pipeline/samples/generate-samples';
import { INCOMPLETE_GROUP, SAMPLE_CONTENT } from '../../pipeline/samples/sample-content';
import { buildTemplate } from '../../pipeline/template/write-templates';
import { ROOT, read, sampleJurisdiction } from '../helpers/fixtures';

const j = sampleJurisdiction();
const sampleFile = (id: string): string => path.join(ROOT, `samples/submissions/riverbend-county-${id}.xlsx`);

describe('the bundled sample submissions', () => {
  for (const g of j.workGroups) {
    it(`${g.id} reads ${g.id === INCOMPLETE_GROUP ? 'with the deliberate problems' : 'cleanly and completely'}`, () => {
      const r = read(readFileSync(sampleFile(g.id)), j, path.basename(sampleFile(g.id)));
      assert.ok(r.submission);
      const progress = completeness(r.submission);
      if (g.id === INCOMPLETE_GROUP) {
        assert.deepEqual([...new Set(r.issues.map((i) => i.code))].sort(), ['RATING_INVALID', 'REQUIRED_MISSING']);
        assert.ok(progress.some((p) => p.fraction < 0.5));
      } else {
        assert.deepEqual(r.issues, []);
        assert.ok(progress.every((p) => p.fraction === 1), JSON.stringify(progress.filter((p) => p.fraction < 1)));
        assert.ok(r.submission.plan.length >= 5);
        assert.ok(r.submission.meta.submittedAt !== '');
      }
    });
  }

  it('are what the generator makes from the sample content (run `npm run samples` after changing it)', async () => {
    for (const content of SAMPLE_CONTENT) {
      const g = findWorkGroup(j, content.groupId);
      assert.ok(g);
      const templateId = `sample-${g.id.toLowerCase()}`;
      const layout = buildWorkbookLayout(j, g, { templateId, createdAt: SAMPLE_TEMPLATE_DATE.toISOString(), generator: 'x' });
      const fresh = await fillTemplate(await buildTemplate(j, g, SAMPLE_TEMPLATE_DATE, templateId), layout, content);
      const committed = read(readFileSync(sampleFile(g.id)), j, 'x.xlsx').submission;
      const regenerated = read(fresh, j, 'x.xlsx').submission;
      assert.deepEqual({ ...regenerated, meta: null }, { ...committed, meta: null }, g.id);
    }
  });
});
