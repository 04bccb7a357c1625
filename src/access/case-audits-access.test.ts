import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_TEMPLATE } from '../core/case-audits/template.ts';
import { councilFigures } from './council-figures.ts';
import { forActor } from './data-access.ts';
import { AccessDenied, NotFound, Rejected } from './errors.ts';
import { TEST_LA, testCouncil, type TestCouncil } from './testing.ts';

const grades = (grade: 'good' | 'requires improvement') => DEFAULT_TEMPLATE.domains.map((d) => ({ domain: d.id, grade, text: `Evidence on ${d.title}` }));

describe('case audits through the data-access layer', () => {
  let council: TestCouncil;
  before(async () => {
    council = await testCouncil();
  });
  after(() => council?.close());

  const lastAudit = async () => (await council.db.query<{ actor: string; action: string; subject: string | null; detail: Record<string, unknown> | null }>('select actor, action, subject, detail from audit_log order by id desc limit 1'))[0];
  const rejection = (e: unknown) => (e instanceof Rejected ? (e.detail as { problems: { field: string }[] }).problems.map((p) => p.field) : e);

  it('draws the same sample from the same seed, plans an audit of each child, and audits the draw', async () => {
    const access = forActor(council.db, council.actors.manager).caseAudits;
    const a = await access.drawSample({ templateId: 'default', method: 'random', size: 4, auditor: 'manager', moderator: 'performance-analyst', seed: 99 });
    const b = await access.drawSample({ templateId: 'default', method: 'random', size: 4, auditor: 'manager', seed: 99 });
    assert.equal(a.audits.length, 4);
    assert.deepEqual(a.audits.map((x) => x.childId), b.audits.map((x) => x.childId));
    assert.ok(a.sample.source.candidates >= 4);
    assert.deepEqual(a.audits.map((x) => [x.status, x.auditor, x.moderator]), Array(4).fill(['planned', 'manager', 'performance-analyst']));
    const entry = await lastAudit();
    assert.equal(entry?.action, 'draw-case-audit-sample');
    assert.equal(entry?.detail?.drawn, 4);
  });

  it("draws from the worklist's and an indicator's children", async () => {
    const access = forActor(council.db, council.actors.manager).caseAudits;
    const figures = (await councilFigures(council.db, TEST_LA))!;
    const fromWorklist = await access.drawSample({ templateId: 'default', method: 'worklist', size: 3, auditor: 'manager' });
    const onWorklist = new Set(figures.drift.items.map((i) => i.childId));
    assert.ok(fromWorklist.audits.every((x) => onWorklist.has(x.childId)));
    const indicator = figures.indicators.find((r) => r.available && r.indicator.polarity !== 'higher-is-better' && r.headline.numerator.children.length > 0)!;
    const fromIndicator = await access.drawSample({ templateId: 'default', method: 'indicator', indicator: indicator.indicator.id, size: 2, auditor: 'manager' });
    assert.ok(indicator.available && fromIndicator.audits.every((x) => indicator.headline.numerator.children.includes(x.childId)));
    assert.deepEqual(fromIndicator.sample.source.indicator, indicator.indicator.id);
  });

  it('refuses a bad draw naming each field, and stores nothing', async () => {
    const access = forActor(council.db, council.actors.manager).caseAudits;
    const before = await access.samples();
    const bad = await access.drawSample({ templateId: '999', method: 'indicator', size: 0, auditor: 'elected-member', moderator: 'nobody' }).catch((e: unknown) => e);
    assert.deepEqual(rejection(bad), ['size', 'templateId', 'auditor', 'moderator', 'indicator']);
    const same = await access.drawSample({ templateId: 'default', method: 'worklist', rule: 'no-such-rule', size: 1, auditor: 'manager', moderator: 'manager' }).catch((e: unknown) => e);
    assert.deepEqual(rejection(same), ['moderator', 'rule']);
    assert.equal((await access.samples()).length, before.length);
  });

  it('takes an audit from planned to moderated, keeping each change with who and when, and counts it on the dashboard', async () => {
    const manager = forActor(council.db, council.actors.manager).caseAudits;
    const { audits } = await manager.drawSample({ templateId: 'default', method: 'random', size: 1, auditor: 'manager', seed: 5 });
    const id = audits[0]!.id;
    const saved = await manager.saveWork(id, { grades: grades('good').slice(0, 2), overall: null, summary: '', themes: ['drift and delay'] }, false);
    assert.equal(saved.status, 'in-progress');
    const incomplete = await manager.saveWork(id, { grades: grades('good').slice(0, 2), overall: 'good', summary: '', themes: [] }, true).catch((e: unknown) => e);
    assert.ok(incomplete instanceof Rejected);
    assert.match(incomplete.message, /grades\/planning-and-review/);
    await manager.saveWork(id, { grades: grades('good'), overall: 'good', summary: 'Sound work', themes: ['Drift and delay'] }, true);
    assert.equal((await lastAudit())?.action, 'submit-case-audit');
    const own = await manager.moderate(id, { grades: grades('good'), overall: 'good', note: '' }).catch((e: unknown) => e);
    assert.deepEqual(rejection(own), ['moderator']);
    const analyst = forActor(council.db, council.actors['performance-analyst']).caseAudits;
    const moderated = await analyst.moderate(id, { grades: grades('requires improvement'), overall: 'requires improvement', note: 'Plans lack dates' });
    assert.equal(moderated.status, 'moderated');
    const record = await manager.audit(id);
    assert.deepEqual(record.history.map((h) => [h.change, h.by]), [['planned', 'manager'], ['saved', 'manager'], ['submitted', 'manager'], ['moderated', 'performance-analyst']]);
    assert.equal(record.sample.method, 'random');
    const dashboard = await forActor(council.db, council.actors['elected-member']).caseAudits.dashboard('quarter');
    assert.equal(dashboard.overall.audits, 1);
    assert.equal(dashboard.overall.grades['requires improvement'], 1, "the moderator's grade counts");
    assert.deepEqual(dashboard.themes.map((t) => t.theme), ['Drift and delay']);
    assert.equal(dashboard.moderation.rate, 0);
  });

  it("gives an elected member the dashboard and samples, never a child's audit", async () => {
    const member = forActor(council.db, council.actors['elected-member']).caseAudits;
    assert.ok((await member.samples()).length > 0);
    assert.equal((await member.templates())[0]!.id, 'default');
    await assert.rejects(member.audits({}), AccessDenied);
    await assert.rejects(member.audit(1), AccessDenied);
    await assert.rejects(member.drawSample({ templateId: 'default', method: 'random', size: 1, auditor: 'manager' }), AccessDenied);
  });

  it("lets a social worker read only their team's audits, saying the same for another team's as for none, and audits each read", async () => {
    const manager = forActor(council.db, council.actors.manager).caseAudits;
    const teamA = (await council.db.query<{ child_id: string }>("select child_id from allocations where team = 'Team A'")).map((r) => r.child_id);
    const all = await manager.audits({});
    const mine = all.find((a) => teamA.includes(a.childId));
    const theirs = all.find((a) => !teamA.includes(a.childId));
    assert.ok(mine && theirs, 'the samples drawn hold children of both teams');
    const worker = forActor(council.db, council.actors['social-worker']).caseAudits;
    const listed = await worker.audits({});
    assert.ok(listed.length > 0 && listed.every((a) => teamA.includes(a.childId)));
    assert.equal((await worker.audit(mine.id)).childId, mine.childId);
    assert.deepEqual(await lastAudit(), { actor: 'social-worker', action: 'read-case-audit', subject: mine.childId, detail: { audit: mine.id } });
    const other = await worker.audit(theirs.id).catch((e: unknown) => e);
    const none = await worker.audit(999_999).catch((e: unknown) => e);
    assert.ok(other instanceof NotFound && none instanceof NotFound);
    assert.equal(other.message.replace(String(theirs.id), 'X'), none.message.replace('999999', 'X'));
    assert.equal((await lastAudit())?.action, 'read-case-audit-refused');
    await assert.rejects(worker.saveWork(mine.id, { grades: [], overall: null, summary: '', themes: [] }, false), AccessDenied);
  });

  it("makes a council's own template, named once, and draws on it", async () => {
    const manager = forActor(council.db, council.actors.manager).caseAudits;
    const made = await manager.createTemplate({ name: 'Exploitation', domains: [{ title: 'Risk recognised' }, { title: 'Disruption', prompt: 'Were perpetrators disrupted?' }] });
    assert.deepEqual(made.domains.map((d) => d.id), ['risk-recognised', 'disruption']);
    assert.deepEqual(rejection(await manager.createTemplate({ name: 'Exploitation', domains: [{ title: 'X' }] }).catch((e: unknown) => e)), ['name']);
    const { audits } = await manager.drawSample({ templateId: made.id, method: 'random', size: 1, auditor: 'manager' });
    assert.deepEqual((await manager.audit(audits[0]!.id)).template, made);
  });
});
