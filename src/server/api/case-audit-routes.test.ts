import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CaseAuditListItem, CaseAuditRecord } from '../../access/case-audits-access.ts';
import type { TestUser } from '../../access/testing.ts';
import type { CaseAudit } from '../../core/case-audits/audit.ts';
import type { CaseAuditDashboard } from '../../core/case-audits/dashboard.ts';
import { DEFAULT_TEMPLATE } from '../../core/case-audits/template.ts';
import { apiForSuite } from './test-clients.ts';

/** The case-audit API through HTTP: the whole round from sample to dashboard, who may see what, and bad input refused with the field named. */
const api = apiForSuite(['manager', 'performance-analyst', 'social-worker', 'elected-member', 'inspector'], '10.8.0.1');
const as = (user: TestUser) => api().as(user);

const grades = (grade: string) => DEFAULT_TEMPLATE.domains.map((d) => ({ domain: d.id, grade, text: `Evidence on ${d.title}` }));
const draw = (size = 3) => as('manager').send({ method: 'POST', url: '/api/case-audits/samples', payload: { templateId: 'default', method: 'random', size, auditor: 'manager', seed: 3 } });

describe('a case audit through the API, from sample to dashboard', () => {
  it('draws a sample, audits a case, submits it, has it moderated by someone else and shows it on the dashboard with its history', async () => {
    const drawn = await draw();
    assert.equal(drawn.statusCode, 201, drawn.body);
    const { audits } = drawn.json<{ audits: CaseAuditListItem[] }>();
    assert.equal(audits.length, 3);
    const id = audits[0]!.id;
    const submit = await as('manager').send({ method: 'PUT', url: `/api/case-audits/audits/${id}`, payload: { grades: grades('good'), overall: 'good', summary: 'Sound', themes: ['plans not specific'], submit: true } });
    assert.equal(submit.statusCode, 200, submit.body);
    assert.deepEqual(submit.json<CaseAudit>().themes, ['Plans not specific']);
    // A moderator grades afresh: evidence is the auditor's, and a field the route does not take is refused, not dropped.
    const withEvidence = await as('performance-analyst').send({ method: 'POST', url: `/api/case-audits/audits/${id}/moderation`, payload: { grades: grades('requires improvement'), overall: 'requires improvement', note: 'Plans lack dates' } });
    assert.equal(withEvidence.statusCode, 400);
    assert.match(withEvidence.json<{ detail: string }>().detail, /grades\/0 must NOT have additional properties/);
    const moderatorGrades = grades('requires improvement').map(({ domain, grade }) => ({ domain, grade }));
    const moderate = await as('performance-analyst').send({ method: 'POST', url: `/api/case-audits/audits/${id}/moderation`, payload: { grades: moderatorGrades, overall: 'requires improvement', note: 'Plans lack dates' } });
    assert.equal(moderate.statusCode, 200, moderate.body);
    const record = (await as('inspector').send({ method: 'GET', url: `/api/case-audits/audits/${id}` })).json<CaseAuditRecord>();
    assert.deepEqual(record.history.map((h) => [h.change, h.by]), [['planned', 'manager'], ['submitted', 'manager'], ['moderated', 'performance-analyst']]);
    assert.equal(record.moderation?.note, 'Plans lack dates');
    const dashboard = await as('elected-member').send({ method: 'GET', url: '/api/case-audits/dashboard?interval=month' });
    assert.equal(dashboard.statusCode, 200, dashboard.body);
    const d = dashboard.json<CaseAuditDashboard>();
    assert.equal(d.overall.audits, 1);
    assert.deepEqual(d.overall.grades, { outstanding: 0, good: 0, 'requires improvement': 1, inadequate: 0 }, "the moderator's grade, on the inspections' scale");
    assert.equal(d.overall.goodOrBetter, 0);
    assert.equal(d.moderation.rate, 0);
    assert.deepEqual(d.themes.map((t) => [t.theme, t.total]), [['Plans not specific', 1]]);
    assert.deepEqual(d.status, { planned: 2, 'in-progress': 0, submitted: 0, moderated: 1 });
  });
});

describe('who may see and do what', () => {
  it("gives an elected member the dashboard, samples and templates, never an audit of a child", async () => {
    const member = as('elected-member');
    for (const url of ['/api/case-audits/dashboard', '/api/case-audits/samples', '/api/case-audits/templates']) assert.equal((await member.send({ method: 'GET', url })).statusCode, 200, url);
    const samples = (await member.send({ method: 'GET', url: '/api/case-audits/samples' })).body;
    assert.doesNotMatch(samples, /childId/);
    for (const url of ['/api/case-audits/audits', '/api/case-audits/audits/1']) {
      const refused = await member.send({ method: 'GET', url });
      assert.equal(refused.statusCode, 403, url);
      assert.match(String(refused.headers['content-type']), /^application\/problem\+json/);
    }
    assert.equal((await member.send({ method: 'POST', url: '/api/case-audits/samples', payload: { templateId: 'default', method: 'random', size: 1, auditor: 'manager' } })).statusCode, 403);
  });

  it("lets a social worker read their team's audits only; another team's is not found", async () => {
    await draw(30);
    const teamA = new Set((await api().council.db.query<{ child_id: string }>("select child_id from allocations where team = 'Team A'")).map((r) => r.child_id));
    const all = (await as('manager').send({ method: 'GET', url: '/api/case-audits/audits' })).json<CaseAuditListItem[]>();
    const listed = (await as('social-worker').send({ method: 'GET', url: '/api/case-audits/audits' })).json<CaseAuditListItem[]>();
    assert.ok(listed.length > 0 && listed.length < all.length);
    assert.ok(listed.every((a) => teamA.has(a.childId)));
    const theirs = all.find((a) => !teamA.has(a.childId))!;
    assert.equal((await as('social-worker').send({ method: 'GET', url: `/api/case-audits/audits/${listed[0]!.id}` })).statusCode, 200);
    assert.equal((await as('social-worker').send({ method: 'GET', url: `/api/case-audits/audits/${theirs.id}` })).statusCode, 404);
    assert.equal((await as('social-worker').send({ method: 'PUT', url: `/api/case-audits/audits/${listed[0]!.id}`, payload: { grades: [], overall: null, summary: '', themes: [], submit: false } })).statusCode, 403);
  });

  it("keeps an inspector to reading: no draws, no moderation", async () => {
    assert.equal((await as('inspector').send({ method: 'POST', url: '/api/case-audits/samples', payload: { templateId: 'default', method: 'random', size: 1, auditor: 'manager' } })).statusCode, 403);
    assert.equal((await as('inspector').send({ method: 'POST', url: '/api/case-audits/audits/1/moderation', payload: { grades: [], overall: 'good', note: '' } })).statusCode, 403);
  });
});

describe('bad input', () => {
  const problem = (body: string) => JSON.parse(body) as { status: number; detail: string; report?: { problems: { field: string }[] } };

  it('answers a request its schema refuses with 400 naming the field', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['/api/case-audits/samples', { templateId: 'default', method: 'random', size: 0, auditor: 'manager' }, /size/],
      ['/api/case-audits/samples', { templateId: 'default', method: 'lottery', size: 1, auditor: 'manager' }, /method/],
      ['/api/case-audits/samples', { templateId: 'default', method: 'random', size: 1 }, /auditor/],
      ['/api/case-audits/templates', { name: 'T', domains: [] }, /domains/],
    ];
    for (const [url, payload, field] of cases) {
      const response = await as('manager').send({ method: 'POST', url, payload });
      assert.equal(response.statusCode, 400, `${JSON.stringify(payload)}: ${response.body}`);
      assert.match(problem(response.body).detail, field);
    }
    const badGrade = await as('manager').send({ method: 'PUT', url: '/api/case-audits/audits/1', payload: { grades: [{ domain: 'permanence', grade: 'requires-improvement', text: '' }], overall: null, summary: '', themes: [], submit: false } });
    assert.equal(badGrade.statusCode, 400, 'the grade is spelt as the inspections spell it');
    assert.match(problem(badGrade.body).detail, /grades\/0\/grade/);
    assert.equal((await as('manager').send({ method: 'GET', url: '/api/case-audits/audits/abc' })).statusCode, 400);
  });

  it('answers input it cannot accept with 422 naming each field, and stores nothing', async () => {
    const before = (await as('manager').send({ method: 'GET', url: '/api/case-audits/samples' })).json<unknown[]>().length;
    const response = await as('manager').send({ method: 'POST', url: '/api/case-audits/samples', payload: { templateId: 'nope', method: 'indicator', indicator: 'no-such-indicator', size: 2, auditor: 'nobody' } });
    assert.equal(response.statusCode, 422, response.body);
    const p = problem(response.body);
    assert.deepEqual(p.report?.problems.map((x) => x.field), ['templateId', 'auditor', 'indicator']);
    assert.match(p.detail, /^templateId: /);
    assert.equal((await as('manager').send({ method: 'GET', url: '/api/case-audits/samples' })).json<unknown[]>().length, before);
  });

  it('refuses to submit an audit with a domain not graded, naming it', async () => {
    const { audits } = (await draw(1)).json<{ audits: CaseAuditListItem[] }>();
    const response = await as('manager').send({ method: 'PUT', url: `/api/case-audits/audits/${audits[0]!.id}`, payload: { grades: grades('good').slice(1), overall: 'good', summary: '', themes: [], submit: true } });
    assert.equal(response.statusCode, 422);
    assert.deepEqual(problem(response.body).report?.problems.map((x) => x.field), ['grades/quality-of-assessment/grade']);
  });
});
