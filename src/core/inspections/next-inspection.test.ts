import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextInspection } from './next-inspection.ts';
import { OFSTED_HISTORY } from './ofsted-history.ts';
import { published, recorded } from './test-inspections.ts';
import { councilTimeline } from './timeline.ts';

const timelineOf = (...history: ReturnType<typeof published>[]) => councilTimeline('806', history, []);

describe('the next inspection, from the ILACS rules', () => {
  it('expects a short inspection after good, within six months either side of the three-year anniversary of the last day of fieldwork', () => {
    const next = nextInspection(timelineOf(published('806', '2019-11-25', 'inadequate'), published('806', '2023-03-13', 'good', { end: '2023-03-24' })), '2025-01-01');
    assert.equal(next.expected, 'short-inspection');
    assert.equal(next.basis, 'ofsted 806 2023-03-13');
    assert.deepEqual(next.window, { from: '2025-09-24', anniversary: '2026-03-24', to: '2026-09-24' });
    assert.equal(next.status, 'before the window');
    assert.match(next.reasoning.join(' '), /good, so the next is a short inspection.*24 March 2026.*between 24 September 2025 and 24 September 2026/);
  });

  it('expects a short inspection after outstanding and a standard inspection after requires improvement, and says where today falls', () => {
    assert.equal(nextInspection(timelineOf(published('806', '2022-05-09', 'outstanding')), '2025-01-01').expected, 'short-inspection');
    const ri = timelineOf(published('806', '2023-03-13', 'requires improvement', { end: '2023-03-24' }));
    assert.equal(nextInspection(ri, '2025-09-23').status, 'before the window');
    assert.equal(nextInspection(ri, '2025-09-24').status, 'in the window', 'the window opens on its first day');
    assert.equal(nextInspection(ri, '2026-09-24').status, 'in the window', 'and closes after its last');
    const passed = nextInspection(ri, '2026-09-25');
    assert.equal(passed.expected, 'standard-inspection');
    assert.equal(passed.status, 'window passed');
    assert.match(passed.reasoning.join(' '), /standard inspection.*may come at any time/);
  });

  it('sets no window after inadequate: monitoring visits and a re-inspection with no fixed date, counting the visits recorded since', () => {
    const timeline = councilTimeline('806', [published('806', '2019-11-25', 'inadequate', { end: '2019-12-06' })], [
      recorded(1, 'monitoring-visit', '2019-10-01', '2019-10-02'),
      recorded(2, 'monitoring-visit', '2020-06-01', '2020-06-02'),
      recorded(3, 'monitoring-visit', '2020-10-05', '2020-10-06'),
      recorded(4, 'focused-visit', '2021-02-01', '2021-02-02'),
    ]);
    const next = nextInspection(timeline, '2021-03-01');
    assert.equal(next.expected, 're-inspection');
    assert.equal(next.window, null);
    assert.equal(next.status, null);
    assert.match(next.reasoning.join(' '), /set no date or window.*recorded 2 monitoring visits since/);
  });

  it('counts from the latest full inspection, the council\'s own record included, and never from a visit', () => {
    const timeline = councilTimeline('806', [published('806', '2019-11-25', 'inadequate')], [
      recorded(1, 'standard-inspection', '2024-06-03', '2024-06-14', { judgements: [{ type: 'overall-effectiveness', grade: 'good' }] }),
      recorded(2, 'focused-visit', '2025-06-03', '2025-06-04'),
    ]);
    const next = nextInspection(timeline, '2025-07-01');
    assert.equal(next.basis, 'record 1');
    assert.equal(next.window?.anniversary, '2027-06-14');
  });

  it('gives no window after a SIF inspection or with no inspection, and a window of unknown kind when the overall grade is missing', () => {
    assert.equal(nextInspection(timelineOf(published('806', '2016-01-11', 'good')), '2017-01-01').window, null);
    const none = nextInspection([], '2026-01-01');
    assert.deepEqual([none.expected, none.basis, none.window], ['not known', null, null]);
    const unknown = nextInspection(timelineOf(published('806', '2026-04-27', null, { end: '2026-05-08' })), '2026-07-01');
    assert.equal(unknown.expected, 'not known');
    assert.equal(unknown.window?.anniversary, '2029-05-08');
    assert.match(unknown.reasoning[0]!, /no overall grade/);
  });

  it('expects a standard inspection of Middlesbrough (806) after its 2023 requires-improvement judgement', () => {
    const next = nextInspection(councilTimeline('806', OFSTED_HISTORY, []), '2026-01-15');
    assert.deepEqual([next.expected, next.window?.anniversary, next.status], ['standard-inspection', '2026-03-24', 'in the window']);
  });
});
