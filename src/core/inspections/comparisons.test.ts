import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { statisticalNeighbours } from '../benchmarks/benchmark.ts';
import { gradeDistributions, latestInspections, neighbourJudgements } from './comparisons.ts';
import { OFSTED_HISTORY } from './ofsted-history.ts';
import { overallGrade } from './timeline.ts';
import { published } from './test-inspections.ts';

describe('comparisons with other councils', () => {
  it("takes each council's latest inspection by start date, whatever the order given", () => {
    const latest = latestInspections([published('806', '2023-03-13', 'requires improvement'), published('806', '2019-11-25', 'inadequate'), published('805', '2015-01-05', 'good')]);
    assert.equal(latest.get('806')?.start, '2023-03-13');
    assert.equal(latest.get('805')?.start, '2015-01-05');
  });

  it("gives the statistical neighbours, closest first, with their latest judgements or none", () => {
    const [first, second] = statisticalNeighbours('806');
    const rows = neighbourJudgements('806', [published(first!.la, '2024-05-06', 'good'), published(first!.la, '2019-05-06', 'inadequate')]);
    assert.equal(rows.length, 10);
    assert.deepEqual([rows[0]!.la, rows[0]!.name, rows[0]!.latest?.start], [first!.la, first!.name, '2024-05-06']);
    assert.equal(rows[1]!.la, second!.la);
    assert.equal(rows[1]!.latest, null);
  });

  it('counts councils by their latest overall grade, in England and by region, with unknown grades counted apart', () => {
    const { england, regions } = gradeDistributions([
      published('806', '2019-11-25', 'inadequate'), published('806', '2023-03-13', 'requires improvement'),
      published('805', '2022-01-10', 'good'), published('201', '2024-01-10', null), published('202', '2024-02-10', 'outstanding'),
    ]);
    assert.equal(england.councils, 4);
    assert.deepEqual(england.grades.map((g) => [g.grade, g.councils]), [['outstanding', 1], ['good', 1], ['requires improvement', 1], ['inadequate', 0], ['not known', 1]]);
    const northEast = regions.find((r) => r.area === 'North East')!;
    assert.equal(northEast.councils, 2);
    assert.deepEqual(northEast.grades.filter((g) => g.councils > 0).map((g) => g.grade), ['good', 'requires improvement']);
    assert.equal(regions.find((r) => r.area === 'London')!.councils, 2);
    assert.equal(regions.length, 9);
  });

  it("agrees with the design notes' count of latest grades in the shipped history", () => {
    const { england } = gradeDistributions(OFSTED_HISTORY);
    assert.equal(england.councils, 153);
    assert.deepEqual(england.grades.map((g) => g.councils), [46, 63, 29, 13, 2]);
    const latest = latestInspections(OFSTED_HISTORY);
    assert.equal(overallGrade(latest.get('806')!.judgements), 'requires improvement');
  });
});
