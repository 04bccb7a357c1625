import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { read, utils } from '@e965/xlsx';
import type { ActionView, BoardView, FindingView, WeeklyReportView } from '../../access/improvement-plan-views.ts';
import type { TestUser } from '../../access/testing.ts';
import { today } from '../../access/actor-guard.ts';
import { addDays } from '../../core/model/dates.ts';
import { apiForSuite } from './test-clients.ts';

/** Days from today, for dates relative to when the test runs (the RAG is worked out on today). */
const day = (n: number) => addDays(today(), n);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('the improvement plan API', () => {
  let findingId = 0;
  const api = apiForSuite(['manager', 'performance-analyst', 'social-worker', 'inspector', 'elected-member'], '10.9.0.1', async (opened) => {
    const recorded = await opened.as('manager').send({
      method: 'POST', url: '/api/inspections',
      payload: {
        kind: 'focused-visit', start: '2026-01-12', end: '2026-01-13', focus: 'Help and protection',
        findings: [{ kind: 'recommendation', text: 'Improve the timeliness and quality of management oversight of child protection plans.' }],
      },
    });
    assert.equal(recorded.statusCode, 201, recorded.body);
    const inspection = recorded.json<{ findings: { id: number }[] }>();
    findingId = inspection.findings[0]!.id;
  });
  const as = (user: TestUser) => api().as(user);

  const create = async (user: TestUser, body: Record<string, unknown>) => as(user).send({ method: 'POST', url: '/api/improvement-plan/actions', payload: body });

  it('turns a recommendation into an action, its text the description and its link kept', async () => {
    const prefill = await as('manager').send({ method: 'GET', url: `/api/improvement-plan/findings/${findingId}` });
    assert.equal(prefill.statusCode, 200, prefill.body);
    assert.equal(prefill.json<FindingView>().kind, 'recommendation');
    const response = await create('manager', { title: 'Management oversight of CP plans', owner: 'Head of Safeguarding', startDate: day(-30), targetDate: day(60), findingId });
    assert.equal(response.statusCode, 201, response.body);
    const action = response.json<ActionView>();
    assert.equal(action.description, prefill.json<FindingView>().text);
    assert.deepEqual({ ...action.source }, { kind: 'finding', findingId, inspectionId: prefill.json<FindingView>().inspectionId, findingKind: 'recommendation', text: action.description });
    assert.equal(action.status, 'not-started');
    const answered = await as('manager').send({ method: 'GET', url: `/api/improvement-plan/findings/${findingId}` });
    assert.deepEqual(answered.json<FindingView>().actions, [{ id: action.id, title: 'Management oversight of CP plans' }]);
    assert.equal((await as('manager').send({ method: 'GET', url: '/api/improvement-plan/findings/999999' })).statusCode, 404);
  });

  it('keeps every change in the action’s history, with who made it, and audits each', async () => {
    const created = (await create('manager', { title: 'Return home interviews', owner: 'Head of Children in Care', startDate: day(-30), targetDate: day(60), theme: 'Missing episodes not followed up' })).json<ActionView>();
    const url = `/api/improvement-plan/actions/${created.id}`;
    const analyst = as('performance-analyst');
    assert.equal((await analyst.send({ method: 'PATCH', url, payload: { owner: 'Service Manager, Children in Care', status: 'in-progress' } })).statusCode, 200);
    const withMilestone = (await as('manager').send({ method: 'POST', url: `${url}/milestones`, payload: { title: 'Offer every interview within 72 hours', due: day(-2) } })).json<ActionView>();
    assert.equal(withMilestone.rag, 'red', 'a milestone past due');
    const milestoneId = withMilestone.milestones[0]!.id;
    assert.equal((await as('manager').send({ method: 'POST', url: `${url}/updates`, payload: { summary: 'Interviews now booked by the missing coordinator', progress: 40 } })).statusCode, 201);
    const done = await as('manager').send({ method: 'POST', url: `${url}/milestones/${milestoneId}/done`, payload: {} });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json<ActionView>().rag, 'green', 'the overdue milestone done and an update this week');
    const withRisk = (await analyst.send({ method: 'POST', url: `${url}/risks`, payload: { description: 'Coordinator post vacant', likelihood: 3, impact: 5, mitigation: 'Agency cover', owner: 'Head of Service' } })).json<ActionView>();
    assert.deepEqual([withRisk.risks[0]!.score, withRisk.risks[0]!.rag, withRisk.topRisk], [15, 'red', { score: 15, rag: 'red' }]);
    const rescored = await as('manager').send({ method: 'PATCH', url: `${url}/risks/${withRisk.risks[0]!.id}`, payload: { likelihood: 2 } });
    assert.equal(rescored.statusCode, 200, rescored.body);

    const action = (await as('elected-member').send({ method: 'GET', url })).json<ActionView>();
    assert.deepEqual(action.history.map((h) => [h.entity, h.change, h.by]), [
      ['risk', 'changed', 'manager'], ['risk', 'created', 'performance-analyst'], ['milestone', 'completed', 'manager'], ['update', 'posted', 'manager'],
      ['milestone', 'created', 'manager'], ['action', 'changed', 'performance-analyst'], ['action', 'created', 'manager'],
    ]);
    assert.equal(action.history[5]!.what, 'Action changed: Owner: Head of Children in Care → Service Manager, Children in Care; Status: Not started → In progress');
    assert.deepEqual([action.history[0]!.before, action.history[0]!.after], [{ likelihood: 3 }, { likelihood: 2 }]);
    assert.equal(action.source.text, 'Missing episodes not followed up');
    const audited = await api().council.db.query<{ actor: string; detail: { change: string } }>(
      "select actor, detail from audit_log where action = 'manage-improvement-plan' and subject = $1 order by id", [`improvement-action/${created.id}`],
    );
    assert.deepEqual(audited.map((a) => [a.actor, a.detail.change]), [
      ['manager', 'add-action'], ['performance-analyst', 'change-action'], ['manager', 'add-milestone'], ['manager', 'post-update'], ['manager', 'complete-milestone'], ['performance-analyst', 'add-risk'], ['manager', 'change-risk'],
    ]);
  });

  it('shows an elected member and an inspector the plan, and refuses them every change', async () => {
    const { id } = (await create('manager', { title: 'Supervision', owner: 'Principal Social Worker', startDate: day(-10), targetDate: day(80) })).json<ActionView>();
    const withMilestone = (await as('manager').send({ method: 'POST', url: `/api/improvement-plan/actions/${id}/milestones`, payload: { title: 'Audit', due: day(10) } })).json<ActionView>();
    const withRisk = (await as('manager').send({ method: 'POST', url: `/api/improvement-plan/actions/${id}/risks`, payload: { description: 'Turnover', likelihood: 2, impact: 2, owner: 'PSW' } })).json<ActionView>();
    const changes = [
      { method: 'POST', url: '/api/improvement-plan/actions', payload: { title: 'x', owner: 'y', targetDate: day(30) } },
      { method: 'PATCH', url: `/api/improvement-plan/actions/${id}`, payload: { owner: 'Someone else' } },
      { method: 'POST', url: `/api/improvement-plan/actions/${id}/milestones`, payload: { title: 'More', due: day(20) } },
      { method: 'POST', url: `/api/improvement-plan/actions/${id}/milestones/${withMilestone.milestones[0]!.id}/done`, payload: {} },
      { method: 'POST', url: `/api/improvement-plan/actions/${id}/updates`, payload: { summary: 'Nothing', progress: 1 } },
      { method: 'POST', url: `/api/improvement-plan/actions/${id}/risks`, payload: { description: 'r', likelihood: 1, impact: 1, owner: 'o' } },
      { method: 'PATCH', url: `/api/improvement-plan/actions/${id}/risks/${withRisk.risks[0]!.id}`, payload: { status: 'closed' } },
    ] as const;
    for (const user of ['elected-member', 'inspector', 'social-worker'] as const) {
      for (const url of ['/api/improvement-plan', `/api/improvement-plan/actions/${id}`, '/api/improvement-plan/report', '/api/improvement-plan/report.xlsx', '/api/improvement-plan/indicators', `/api/improvement-plan/findings/${findingId}`]) {
        assert.equal((await as(user).send({ method: 'GET', url })).statusCode, 200, `${user} reads ${url}`);
      }
      for (const c of changes) {
        const response = await as(user).send(c);
        assert.equal(response.statusCode, 403, `${user}: ${c.method} ${c.url}`);
        assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
      }
    }
    const after = (await as('manager').send({ method: 'GET', url: `/api/improvement-plan/actions/${id}` })).json<ActionView>();
    assert.equal(after.history.length, 3, 'nothing changed');
  });

  it('refuses bad input, naming the field, and stores nothing', async () => {
    const { id } = (await create('manager', { title: 'Front door', owner: 'Head of MASH', startDate: day(-5), targetDate: day(50) })).json<ActionView>();
    const url = `/api/improvement-plan/actions/${id}`;
    const refused = async (request: { method: 'POST' | 'PATCH'; url: string; payload: Record<string, unknown> }, status: number, field: RegExp) => {
      const response = await as('manager').send(request);
      assert.equal(response.statusCode, status, `${request.url} ${JSON.stringify(request.payload)}: ${response.body}`);
      const problem = response.json<{ detail: string; report?: { fields: { field: string }[] } }>();
      assert.match(problem.report ? problem.report.fields.map((f) => f.field).join() : problem.detail, field);
      return problem;
    };
    const early = await refused({ method: 'POST', url: `${url}/milestones`, payload: { title: 'Too early', due: day(-6) } }, 422, /^due$/);
    assert.match(early.detail, /is before the action started/);
    await refused({ method: 'POST', url: `${url}/milestones`, payload: { title: 'Too late', due: day(51) } }, 422, /^due$/);
    await refused({ method: 'POST', url: `${url}/risks`, payload: { description: 'r', likelihood: 6, impact: 2, owner: 'o' } }, 400, /likelihood/);
    await refused({ method: 'POST', url: `${url}/risks`, payload: { description: 'r', likelihood: 2, impact: 2, owner: '   ' } }, 400, /owner/);
    await refused({ method: 'POST', url: '/api/improvement-plan/actions', payload: { title: 'No owner', owner: '', targetDate: day(5) } }, 400, /owner/);
    await refused({ method: 'POST', url: '/api/improvement-plan/actions', payload: { title: 'Backwards', owner: 'o', startDate: day(5), targetDate: day(1) } }, 422, /^targetDate$/);
    await refused({ method: 'POST', url: '/api/improvement-plan/actions', payload: { title: 'Unknown', owner: 'o', targetDate: day(5), indicatorIds: ['no-such-indicator'] } }, 422, /^indicatorIds$/);
    await refused({ method: 'POST', url: '/api/improvement-plan/actions', payload: { title: 'Both', owner: 'o', targetDate: day(5), findingId, theme: 'drift' } }, 422, /^theme$/);
    await refused({ method: 'POST', url: `${url}/updates`, payload: { summary: 'Too far', progress: 101 } }, 400, /progress/);
    await refused({ method: 'PATCH', url, payload: { startDate: day(60) } }, 422, /^targetDate$/);
    const action = (await as('manager').send({ method: 'GET', url })).json<ActionView>();
    assert.deepEqual([action.milestones, action.risks, action.updates, action.history.length, action.startDate], [[], [], [], 1, day(-5)]);
    assert.equal((await as('manager').send({ method: 'GET', url: '/api/improvement-plan/actions/999999' })).statusCode, 404);
  });

  it("does not show another council's actions", async () => {
    const [row] = await api().council.db.query<{ id: number }>(
      `insert into improvement_actions (la, title, owner, status, start_date, target_date, created_by) values ('805', 'Theirs', 'o', 'in-progress', $1, $2, 'someone') returning id::int as id`, [day(-1), day(9)],
    );
    const theirs = row!.id;
    assert.equal((await as('manager').send({ method: 'GET', url: `/api/improvement-plan/actions/${theirs}` })).statusCode, 404);
    assert.equal((await as('manager').send({ method: 'PATCH', url: `/api/improvement-plan/actions/${theirs}`, payload: { owner: 'x' } })).statusCode, 404);
    assert.ok(!(await as('manager').send({ method: 'GET', url: '/api/improvement-plan' })).json<BoardView>().actions.some((a) => a.id === theirs));
  });

  it("shows a linked indicator's recent trend as figures, never the children behind it", async () => {
    const { id } = (await create('manager', { title: 'Re-referrals', owner: 'Head of MASH', targetDate: day(50), indicatorIds: ['re-referrals', 'referrals-rate'] })).json<ActionView>();
    const response = await as('elected-member').send({ method: 'GET', url: `/api/improvement-plan/actions/${id}` });
    const action = response.json<ActionView>();
    assert.deepEqual(action.indicators.map((i) => [i.id, i.available]), [['re-referrals', true], ['referrals-rate', true]]);
    assert.equal(action.indicators[0]!.months.length, 12);
    assert.ok(action.indicators[0]!.months.some((m) => m.value !== null));
    assert.deepEqual(Object.keys(action.indicators[0]!.months[0]!).sort(), ['caveats', 'children', 'denominator', 'end', 'label', 'numerator', 'start', 'value']);
    assert.doesNotMatch(response.body, /childId|"cases"/);
    assert.ok(!response.body.includes(`"${api().council.teamAChild}"`));
  });

  it('lists the board red and overdue first, filtered by status and owner', async () => {
    const board = (await as('inspector').send({ method: 'GET', url: '/api/improvement-plan' })).json<BoardView>();
    const rank = { red: 0, amber: 1, green: 2, complete: 3 };
    assert.ok(board.actions.length >= 5);
    assert.ok(board.actions.every((a, i) => i === 0 || rank[board.actions[i - 1]!.rag] <= rank[a.rag]), board.actions.map((a) => a.rag).join());
    assert.ok(board.owners.includes('Head of MASH'));
    const mash = (await as('inspector').send({ method: 'GET', url: '/api/improvement-plan?owner=Head%20of%20MASH' })).json<BoardView>();
    assert.deepEqual([...new Set(mash.actions.map((a) => a.owner))], ['Head of MASH']);
    assert.equal(mash.total, board.total);
    const inProgress = (await as('inspector').send({ method: 'GET', url: '/api/improvement-plan?status=in-progress' })).json<BoardView>();
    assert.ok(inProgress.actions.length > 0 && inProgress.actions.every((a) => a.status === 'in-progress'));
    assert.equal((await as('inspector').send({ method: 'GET', url: '/api/improvement-plan?status=finished' })).statusCode, 400);
  });

  it('gives the weekly report as JSON and as an xlsx workbook', async () => {
    const report = (await as('elected-member').send({ method: 'GET', url: '/api/improvement-plan/report' })).json<WeeklyReportView>();
    assert.equal(report.on, today());
    assert.ok(report.changes.some((c) => /Weekly update posted \(40% complete\)/.test(c.what)));
    assert.ok(report.ragMoves.every((m) => m.from === null), 'every action is new this week');
    const xlsx = await as('elected-member').send({ method: 'GET', url: '/api/improvement-plan/report.xlsx' });
    assert.equal(xlsx.statusCode, 200);
    assert.equal(xlsx.headers['content-type'], XLSX);
    assert.match(String(xlsx.headers['content-disposition']), /improvement-plan-806-week-to-\d{4}-\d{2}-\d{2}\.xlsx/);
    const book = read(xlsx.rawPayload, { type: 'buffer' });
    assert.equal(utils.sheet_to_json(book.Sheets.Actions!).length, report.actions.length);
    assert.equal((await as('manager').send({ method: 'GET', url: `/api/improvement-plan/report?on=${day(3)}` })).statusCode, 422, 'a report date in the future');
  });

  it('describes every route in the OpenAPI document', async () => {
    const doc = (await api().app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } }>();
    for (const path of ['/api/improvement-plan', '/api/improvement-plan/actions/{id}', '/api/improvement-plan/actions/{id}/risks/{riskId}', '/api/improvement-plan/report.xlsx']) assert.ok(doc.paths[path], path);
    assert.ok(doc.components.schemas.ImprovementAction);
  });
});
