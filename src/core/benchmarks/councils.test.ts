import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Papa from 'papaparse';
import { reference } from '../../testing/shared-reference.ts';
import { INDICATORS } from '../indicators/registry.ts';
import { benchmark, region, statisticalNeighbours } from './benchmark.ts';
import { COUNCILS } from './councils.ts';
import { ENGLAND_FIGURES } from './england-figures.ts';

const rows = Papa.parse<Record<string, string>>(readFileSync(reference('local-authorities', 'Provider_data_lookup.csv'), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

describe('the councils reference', () => {
  it('has every council of the lookup, with its region, neighbours and 0–25 population as the CSV gives them', () => {
    assert.equal(COUNCILS.length, rows.length);
    for (const row of rows) {
      const c = COUNCILS.find((x) => x.la === row.la_code);
      assert.ok(c, `council ${row.la_code} missing`);
      assert.equal(c.name, row.local_authority_ons_name!.trim());
      assert.equal(c.region, row.region_name);
      assert.deepEqual(c.statisticalNeighbours, row.stat_neighbours!.split(',').map((s) => s.trim()).filter(Boolean));
      assert.equal(c.population0to25, row['ons_population_0-25'] ? Number(row['ons_population_0-25']) : null);
    }
  });

  it('answers region and statistical neighbours by DfE code', () => {
    assert.deepEqual(region('806'), { code: 'E12000001', name: 'North East' });
    const neighbours = statisticalNeighbours('301');
    assert.equal(neighbours.length, 10);
    assert.equal(neighbours[0]!.la, '308');
    assert.equal(region('999'), null);
  });
});

describe('benchmarks', () => {
  it('gives the published England figure with its source, and says when none is known', () => {
    const b = benchmark('assessments-45-working-days', '806', 2025);
    assert.ok(b.england.known && b.england.value === 85.7);
    assert.match(b.england.known ? b.england.source : '', /C2 Completed assessments/);
    const none = benchmark('assessments-45-working-days', '806', 2023);
    assert.equal(none.england.known, false);
  });

  it('leaves region and neighbours unknown unless published figures are given, and compares with councils in the store', () => {
    const b = benchmark('re-referrals', '806', 2024, { published: new Map([['E12000001', { value: 25.1, source: 'test table' }]]), councils: [{ la: '805', value: 19.5 }, { la: '806', value: 21 }] });
    assert.deepEqual(b.region?.comparison, { known: true, value: 25.1, source: 'test table' });
    assert.ok(b.neighbours.every((n) => !n.comparison.known));
    assert.equal(b.councils.length, 1);
    assert.equal(b.councils[0]!.name, 'Hartlepool');
  });

  it('has figures only for indicators that exist, each with a source address', () => {
    const ids = new Set(INDICATORS.map((i) => i.id));
    for (const f of ENGLAND_FIGURES) {
      assert.ok(ids.has(f.indicatorId), f.indicatorId);
      assert.match(f.source.url, /^https?:\/\//);
      if (f.numerator !== undefined && f.denominator !== undefined) assert.ok(Math.abs((100 * f.numerator) / f.denominator - f.value) < 0.6, `${f.indicatorId} ${f.year}`);
    }
  });
});
