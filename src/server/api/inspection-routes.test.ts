import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InjectOptions } from 'fastify';
import type { InspectionsOverviewView, InspectionView } from '../../access/inspections-access.ts';
import type { TestUser } from '../../access/testing.ts';
import { apiForSuite } from './test-clients.ts';

/** The inspections API through HTTP: Ofsted's history of the council, who may record, and bad input refused with the field named. */
const api = apiForSuite(['manager', 'performance-analyst', 'social-worker', 'inspector', 'elected-member'], '10.9.0.1');
const as = (user: TestUser, request: InjectOptions) => api().as(user).send(request);

const monitoringVisit = { kind: 'monitoring-visit', start: '2021-03-02', end: '2021-03-03', published: '2021-04-01', focus: 'Children in need of help and protection' };
const fullInspection = {
  kind: 'standard-inspection', start: '2026-03-02', end: '2026-03-13', published: '2026-04-20', reportUrl: 'https://files.ofsted.gov.uk/v1/file/1',
  judgements: [
    { type: 'overall-effectiveness', grade: 'requires improvement' }, { type: 'impact-of-leaders', grade: 'good' },
    { type: 'help-and-protection', grade: 'requires improvement' }, { type: 'children-in-care', grade: 'good' }, { type: 'care-leavers', grade: 'good' },
  ],
  findings: [
    { kind: 'recommendation', text: 'The timeliness of initial child protection conferences.' },
    { kind: 'recommendation', text: 'The quality of supervision and management oversight.' },
    { kind: 'strength', text: 'Leaders know their services well.' },
  ],
};
const stored = async () => Number((await api().council.db.query<{ n: string }>('select (select count(*) from inspections) + (select count(*) from inspection_findings) as n'))[0]!.n);

describe('GET /api/inspections', () => {
  it("shows Middlesbrough (806) its published history: the 2020 inadequate and the 2023 requires-improvement judgements", async () => {
    const response = await as('manager', { method: 'GET', url: '/api/inspections' });
    assert.equal(response.statusCode, 200, response.body);
    const view = response.json<InspectionsOverviewView>();
    assert.equal(view.name, 'Middlesbrough');
    const overall = view.timeline.map((e) => [e.at.slice(0, 4), e.framework, e.judgements.find((j) => j.type === 'overall-effectiveness')?.grade]);
    assert.deepEqual(overall, [['2016', 'SIF', 'requires improvement'], ['2020', 'ILACS', 'inadequate'], ['2023', 'ILACS', 'requires improvement']]);
    assert.match(view.timeline[0]!.caveats.join(' '), /map only roughly onto ILACS/);
    assert.equal(view.neighbours.length, 10);
    assert.ok(view.neighbours.every((n) => n.name && n.latest?.framework === 'ILACS'));
    assert.equal(view.englandGrades.councils, 153);
    assert.equal(view.regionGrades?.area, 'North East');
    assert.equal(view.next.expected, 'standard-inspection');
    assert.equal(view.next.window?.anniversary, '2026-03-24');
  });

  it('lets every role read it, elected members and inspectors included, and no one signed out', async () => {
    for (const user of ['elected-member', 'inspector', 'social-worker'] as const) assert.equal((await as(user, { method: 'GET', url: '/api/inspections' })).statusCode, 200, user);
    assert.equal((await api().app.inject({ method: 'GET', url: '/api/inspections' })).statusCode, 401);
  });

  it('is described in the OpenAPI document', async () => {
    const paths = Object.keys((await api().app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, unknown> }>().paths);
    assert.deepEqual(paths.filter((p) => p.startsWith('/api/inspections')).sort(), ['/api/inspections', '/api/inspections/findings/{id}', '/api/inspections/{id}']);
  });
});

describe('recording inspections and visits', () => {
  let visitId = 0;
  let inspection: InspectionView;

  it('records a monitoring visit and a full inspection with its findings, each audited, and lists them', async () => {
    const visit = await as('manager', { method: 'POST', url: '/api/inspections', payload: monitoringVisit });
    assert.equal(visit.statusCode, 201, visit.body);
    visitId = visit.json<InspectionView>().id;
    const full = await as('manager', { method: 'POST', url: '/api/inspections', payload: fullInspection });
    assert.equal(full.statusCode, 201, full.body);
    inspection = full.json<InspectionView>();
    assert.deepEqual(inspection.findings.map((f) => [f.seq, f.kind]), [[1, 'recommendation'], [2, 'recommendation'], [3, 'strength']]);
    assert.deepEqual(inspection.history.map((h) => [h.revision, h.changedBy, h.changes]), [[1, 'manager', ['Recorded']]]);
    const audits = await api().council.db.query<{ action: string; subject: string }>("select action, subject from audit_log where actor = 'manager' and action = 'record-inspection' order by id");
    assert.deepEqual(audits.map((a) => a.subject), [`inspection ${visitId}`, `inspection ${inspection.id}`]);
    const view = (await as('elected-member', { method: 'GET', url: '/api/inspections' })).json<InspectionsOverviewView>();
    assert.deepEqual(view.recorded.map((r) => [r.kind, r.overall, r.findings]), [['monitoring-visit', null, 0], ['standard-inspection', 'requires improvement', 3]]);
    assert.ok(view.timeline.some((e) => e.recordId === visitId && e.kind === 'monitoring-visit'));
    assert.equal(view.next.basis, `record ${inspection.id}`, 'the latest full inspection is the one just recorded');
  });

  it('gives one record, and one finding with its inspection for the improvement plan', async () => {
    const one = await as('inspector', { method: 'GET', url: `/api/inspections/${inspection.id}` });
    assert.equal(one.statusCode, 200);
    assert.equal(one.json<InspectionView>().judgements.length, 5);
    const finding = await as('elected-member', { method: 'GET', url: `/api/inspections/findings/${inspection.findings[1]!.id}` });
    assert.equal(finding.statusCode, 200);
    assert.deepEqual(finding.json(), { ...inspection.findings[1], inspection: { id: inspection.id, kind: 'standard-inspection', start: '2026-03-02', end: '2026-03-13', published: '2026-04-20', focus: null } });
    assert.equal((await as('manager', { method: 'GET', url: '/api/inspections/999999' })).statusCode, 404);
    assert.equal((await as('manager', { method: 'GET', url: '/api/inspections/findings/999999' })).statusCode, 404);
    assert.equal((await as('manager', { method: 'GET', url: '/api/inspections/abc' })).statusCode, 400);
  });

  it('corrects a record keeping its finding ids, and keeps who changed what', async () => {
    const [first, second] = inspection.findings;
    const response = await as('performance-analyst', {
      method: 'PUT', url: `/api/inspections/${inspection.id}`,
      payload: { ...fullInspection, findings: [{ id: first!.id, kind: 'recommendation', text: first!.text }, { id: second!.id, kind: 'area-for-priority-action', text: second!.text }] },
    });
    assert.equal(response.statusCode, 200, response.body);
    const edited = response.json<InspectionView>();
    assert.deepEqual(edited.findings.map((f) => f.id), [first!.id, second!.id]);
    assert.deepEqual(edited.history.map((h) => [h.revision, h.changedBy]), [[1, 'manager'], [2, 'performance-analyst']]);
    assert.deepEqual(edited.history[1]!.changes, ['Area for priority action 2 reworded', 'Strength 3 removed']);
    const audit = await api().council.db.query<{ actor: string }>("select actor from audit_log where action = 'edit-inspection' and subject = $1", [`inspection ${inspection.id}`]);
    assert.deepEqual(audit.map((a) => a.actor), ['performance-analyst']);
  });

  it('refuses elected members, inspectors and social workers any change, with problem+json, storing nothing', async () => {
    const before = await stored();
    for (const user of ['elected-member', 'inspector', 'social-worker'] as const) {
      for (const request of [{ method: 'POST', url: '/api/inspections', payload: monitoringVisit }, { method: 'PUT', url: `/api/inspections/${visitId}`, payload: monitoringVisit }] as const) {
        const response = await as(user, request);
        assert.equal(response.statusCode, 403, `${user} ${request.method}`);
        assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      }
    }
    assert.equal(await stored(), before);
  });

  it("finds no record of another council's", async () => {
    const [other] = await api().council.db.query<{ id: string }>("insert into inspections (la, kind, start_date, end_date, recorded_by, updated_by) values ('805', 'focused-visit', '2025-01-06', '2025-01-07', 'x', 'x') returning id");
    assert.equal((await as('manager', { method: 'GET', url: `/api/inspections/${other!.id}` })).statusCode, 404);
    assert.equal((await as('manager', { method: 'PUT', url: `/api/inspections/${other!.id}`, payload: monitoringVisit })).statusCode, 404);
  });
});

describe('bad input', () => {
  const post = (payload: unknown) => as('manager', { method: 'POST', url: '/api/inspections', payload: payload as object });

  it('refuses the schema-breaking with 400 naming the field: an unknown grade, an empty finding, a date that is not one', async () => {
    const before = await stored();
    const cases: [unknown, RegExp][] = [
      [{ ...fullInspection, judgements: [{ type: 'overall-effectiveness', grade: 'excellent' }] }, /judgements\/0\/grade/],
      [{ ...fullInspection, findings: [{ kind: 'recommendation', text: '' }] }, /findings\/0\/text/],
      [{ ...fullInspection, start: '2 March 2026' }, /body\/start/],
      [{ ...fullInspection, kind: 'inspection' }, /body\/kind/],
    ];
    for (const [payload, field] of cases) {
      const response = await post(payload);
      assert.equal(response.statusCode, 400, response.body);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      assert.match(response.json<{ detail: string }>().detail, field);
    }
    assert.equal(await stored(), before);
  });

  it('refuses what the rules forbid with 422 naming each field: an end before the start, a blank finding, grades on a visit', async () => {
    const before = await stored();
    const response = await post({ ...fullInspection, end: '2026-03-01', published: null, findings: [{ kind: 'recommendation', text: '   ' }] });
    assert.equal(response.statusCode, 422, response.body);
    const problem = response.json<{ detail: string; report: { errors: { field: string; message: string }[] } }>();
    assert.deepEqual(problem.report.errors.map((e) => e.field), ['end', 'findings[0].text']);
    assert.match(problem.detail, /end: The end date \(2026-03-01\) cannot be before the start date \(2026-03-02\)/);
    const graded = await post({ ...monitoringVisit, judgements: [{ type: 'overall-effectiveness', grade: 'good' }] });
    assert.equal(graded.statusCode, 422);
    assert.match(graded.json<{ detail: string }>().detail, /judgements: A monitoring visit is not graded/);
    assert.equal(await stored(), before);
  });
});
