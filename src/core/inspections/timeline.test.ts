import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OFSTED_HISTORY } from './ofsted-history.ts';
import { published, recorded } from './test-inspections.ts';
import { councilTimeline, overallGrade, reportLink } from './timeline.ts';

describe("a council's inspection timeline", () => {
  it("puts Ofsted's published history and the council's own visits together, oldest first, and only the council's", () => {
    const history = [published('806', '2023-03-13', 'requires improvement'), published('806', '2019-11-25', 'inadequate'), published('805', '2022-01-10', 'good')];
    const timeline = councilTimeline('806', history, [recorded(7, 'monitoring-visit', '2021-06-01', '2021-06-02'), { ...recorded(8, 'focused-visit', '2024-01-08', '2024-01-09'), la: '805' }]);
    assert.deepEqual(timeline.map((e) => [e.key, e.kind, e.framework]), [
      ['ofsted 806 2019-11-25', 'inspection', 'ILACS'],
      ['record 7', 'monitoring-visit', null],
      ['ofsted 806 2023-03-13', 'inspection', 'ILACS'],
    ]);
    assert.equal(timeline[0]!.at, '2020-01-15', 'a published judgement sits at its publication date');
    assert.equal(timeline[1]!.at, '2021-06-02', 'an unpublished visit sits at its end');
  });

  it("shows a recorded inspection that Ofsted has published once, with the published grades, linked to the council's record, saying where they differ", () => {
    const history = [published('806', '2023-03-13', 'requires improvement')];
    const record = recorded(9, 'standard-inspection', '2023-03-13', '2023-03-24', { judgements: [{ type: 'overall-effectiveness', grade: 'good' }] });
    const [entry, ...rest] = councilTimeline('806', history, [record]);
    assert.equal(rest.length, 0);
    assert.equal(entry!.recordId, 9);
    assert.equal(overallGrade(entry!.judgements), 'requires improvement');
    assert.match(entry!.caveats.join(' '), /grades overall effectiveness differently/);
    const visit = recorded(10, 'monitoring-visit', '2023-03-14', '2023-03-15');
    assert.equal(councilTimeline('806', history, [visit]).length, 2, 'a visit is never merged into an inspection');
  });

  it('marks SIF judgements with the mapping caveat, unverified grades as such, and combined care leavers', () => {
    const [sif, combined, scraped] = councilTimeline('806', [
      published('806', '2015-11-24', 'requires improvement'),
      published('806', '2025-02-03', 'good', { verified: false, sourceRef: 'https://files.ofsted.gov.uk/v1/file/1' }),
      published('806', '2019-11-25', 'inadequate', { careLeaversCombined: true }),
    ], []);
    assert.equal(sif!.framework, 'SIF');
    assert.match(sif!.caveats.join(' '), /map only roughly onto ILACS/);
    assert.match(scraped!.caveats.join(' '), /not checked against the report/);
    assert.equal(scraped!.reportLink, 'https://files.ofsted.gov.uk/v1/file/1');
    assert.match(combined!.caveats.join(' '), /judged with children in care/);
  });

  it("links a report in the scrape tool's repository with its path escaped", () => {
    assert.equal(
      reportLink("export_data/inspection_reports/80523_middlesbrough/children's services inspection - 25 may 2023.pdf"),
      'https://github.com/data-to-insight/ofsted-ilacs-scrape-tool/blob/15af1ad55ef4ecf0c314cf9edef12bd5bc1230a3/export_data/inspection_reports/80523_middlesbrough/children\'s%20services%20inspection%20-%2025%20may%202023.pdf',
    );
  });

  it('gives Middlesbrough (806) its 2020 inadequate and 2023 requires-improvement judgements from the shipped history', () => {
    const timeline = councilTimeline('806', OFSTED_HISTORY, []);
    assert.deepEqual(timeline.map((e) => [e.at.slice(0, 4), overallGrade(e.judgements)]), [['2016', 'requires improvement'], ['2020', 'inadequate'], ['2023', 'requires improvement']]);
  });
});
