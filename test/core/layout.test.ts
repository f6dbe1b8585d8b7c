import assert from 'node:assert/strict';
import { buildWorkbookLayout, type TableSheet } from '../../src/core';
import { FIXED_NOW, sampleJurisdiction } from '../helpers/fixtures';

const j = sampleJurisdiction();

describe('the workbook layout declaration', () => {
  for (const g of j.workGroups) {
    describe(`for ${g.id} (${g.capacities.join(', ')})`, () => {
      const layout = buildWorkbookLayout(j, g, { templateId: 't', createdAt: FIXED_NOW.toISOString(), generator: 'test' });
      const tables = layout.sheets.filter((s): s is TableSheet => s.kind === 'table');

      it('has Start here, four assessment sheets per capacity, Conclusions and Plan, in that order', () => {
        const expected = ['Start here', ...g.capacities.flatMap((c) => [`${c} Practice`, `${c} Leadership`, `${c} Services`, `${c} Needs`]), 'Conclusions', 'Plan'];
        assert.deepEqual(layout.sheets.map((s) => s.name), expected);
      });

      it('keeps every sheet name within Excel’s 31 characters and unique', () => {
        const names = [...layout.sheets.map((s) => s.name), layout.listsSheet, layout.metaSheet];
        assert.ok(names.every((n) => n.length <= 31 && !/[\\/?*[\]:]/.test(n)));
        assert.equal(new Set(names.map((n) => n.toLowerCase())).size, names.length);
      });

      it('declares every list a column uses, with unique headers per table', () => {
        const listNames = new Set(layout.lists.map((l) => l.name));
        for (const t of tables) {
          for (const c of t.columns) {
            if (c.type.kind === 'choice') assert.ok(listNames.has(c.type.list), `${t.name}: ${c.header}`);
            assert.ok(c.help.length > 0 && c.help.length <= 255, `${t.name}: ${c.header} help`);
          }
          assert.equal(new Set(t.columns.map((c) => c.header.toLowerCase())).size, t.columns.length);
        }
      });

      it('offers only the group’s own capacities in the capacity list', () => {
        assert.deepEqual(layout.lists.find((l) => l.name === 'capacity')?.items.map((i) => i.code), g.capacities);
      });

      it('pre-assigns unique, group-prefixed step ids on every plan row', () => {
        const plan = tables.find((t) => t.table === 'plan');
        const ids = plan?.rows.map((r) => r['stepId']) ?? [];
        assert.equal(ids.length, j.settings.rows.actionSteps);
        assert.equal(new Set(ids).size, ids.length);
        assert.ok(ids.every((id) => id !== undefined && id.startsWith(`${g.id}-`)));
        assert.equal(ids[0], `${g.id}-01`);
      });

      it('lists the practice items of each capacity, plus blank rows for the group’s own', () => {
        for (const t of tables.filter((x) => x.table === 'practice')) {
          const ids = t.rows.map((r) => r['itemId'] ?? '').filter((id) => id !== '');
          const expected = j.settings.practiceItems.filter((i) => i.capacities.length === 0 || i.capacities.includes(t.capacity ?? '')).map((i) => i.id);
          assert.deepEqual(ids, expected);
          assert.equal(t.rows.length - ids.length, j.settings.rows.otherItems);
        }
      });

      it('stamps the metadata the reader recognises a submission by', () => {
        const meta = new Map(layout.meta);
        assert.equal(meta.get('jurisdictionId'), 'riverbend-county');
        assert.equal(meta.get('workGroupId'), g.id);
        assert.equal(meta.get('capacities'), g.capacities.join(','));
        assert.equal(meta.get('schemaVersion'), '1');
      });
    });
  }
});
