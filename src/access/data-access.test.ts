import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { forActor } from './data-access.ts';
import { AccessDenied, NotFound, Rejected } from './errors.ts';
import { testCouncil, type TestCouncil } from './testing.ts';

describe('the data-access layer', () => {
  let council: TestCouncil;
  before(async () => {
    council = await testCouncil();
  });
  after(() => council?.close());

  const auditCount = async () => (await council.db.query<{ n: number }>('select count(*)::int as n from audit_log'))[0]!.n;
  const lastAudit = async () => (await council.db.query<{ actor: string; action: string; subject: string | null; reason: string | null }>('select actor, action, subject, reason from audit_log order by id desc limit 1'))[0];

  it("audits each read of a child's chronology, with the reason given", async () => {
    const access = forActor(council.db, council.actors.manager);
    const before = await auditCount();
    const chronology = await access.chronology(council.teamBChild, 'case review');
    assert.equal(chronology.childId, council.teamBChild);
    assert.ok(chronology.events.length > 0);
    assert.equal(await auditCount(), before + 1);
    assert.deepEqual(await lastAudit(), { actor: 'manager', action: 'read-chronology', subject: council.teamBChild, reason: 'case review' });
  });

  it("lets a social worker read their team's children and no one else's, saying the same as for a child that does not exist", async () => {
    const access = forActor(council.db, council.actors['social-worker']);
    assert.equal((await access.chronology(council.teamAChild, null)).childId, council.teamAChild);
    const other = await access.chronology(council.teamBChild, null).catch((e: unknown) => e);
    const none = await access.chronology('99999999', null).catch((e: unknown) => e);
    assert.ok(other instanceof NotFound && none instanceof NotFound);
    assert.equal(other.message.replace(council.teamBChild, 'X'), none.message.replace('99999999', 'X'));
    assert.deepEqual(await lastAudit(), { actor: 'social-worker', action: 'read-chronology-refused', subject: '99999999', reason: null });
  });

  it("narrows a social worker's search to their team", async () => {
    const team = await forActor(council.db, council.actors['social-worker']).searchChildren('1', 100);
    const all = await forActor(council.db, council.actors.manager).searchChildren('1', 100);
    assert.ok(team.length > 0 && team.length < all.length);
    assert.ok(team.includes(council.teamAChild) && !team.includes(council.teamBChild));
  });

  it('gives elected members aggregates and nothing child by child', async () => {
    const access = forActor(council.db, council.actors['elected-member']);
    assert.ok((await access.ruleResults(council.cinReturn, { withFindings: true })).length > 0);
    await assert.rejects(access.childResults(council.cinReturn, { offset: 0, limit: 10 }), AccessDenied);
    await assert.rejects(access.chronology(council.teamAChild, null), AccessDenied);
    await assert.rejects(access.searchChildren('1', 10), AccessDenied);
    await assert.rejects(access.exportFindings(council.cinReturn, null), AccessDenied);
  });

  it('audits an export and gives a workbook', async () => {
    const { fileName, workbook } = await forActor(council.db, council.actors['performance-analyst']).exportFindings(council.cinReturn, 'DfE return check');
    assert.match(fileName, /^cin-2025-26-return-\d+-validation\.xlsx$/);
    assert.deepEqual([...workbook.subarray(0, 2)], [0x50, 0x4b], 'a zip (xlsx) file');
    assert.deepEqual(await lastAudit(), { actor: 'performance-analyst', action: 'export-data-quality', subject: String(council.cinReturn), reason: 'DfE return check' });
  });

  it('refuses a census of another council, stores nothing, and audits the refusal', async () => {
    const access = forActor(council.db, council.actors['performance-analyst']);
    const census = (await council.db.query<{ n: number }>('select count(*)::int as n from returns'))[0]!.n;
    const xml = `<?xml version="1.0"?><Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel><LEA>999</LEA><SoftwareCode>x</SoftwareCode><Release>1</Release><SerialNo>1</SerialNo><DateTime>2026-04-01T00:00:00</DateTime></Source></Header><Children></Children></Message>`;
    const refused = await access.uploadReturn({ files: [{ name: 'other.xml', content: new TextEncoder().encode(xml) }] }).catch((e: unknown) => e);
    assert.ok(refused instanceof Rejected, String(refused));
    assert.match(refused.message, /999|council/);
    assert.equal((await council.db.query<{ n: number }>('select count(*)::int as n from returns'))[0]!.n, census);
    assert.equal((await lastAudit())?.action, 'upload-refused');
  });

  it('finds no return of another council', async () => {
    await council.db.query("insert into councils (la, name) values ('999', 'Elsewhere') on conflict do nothing");
    const elsewhere = { ...council.actors.manager, la: '999' };
    await assert.rejects(forActor(council.db, elsewhere).ruleResults(council.cinReturn, {}), NotFound);
    await assert.rejects(forActor(council.db, elsewhere).exportFindings(council.cinReturn, null), NotFound);
  });
});
