import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { migrate, migrations, splitStatements } from './migrate.ts';
import { engines } from './testing.ts';

it('splits a migration into statements, keeping function bodies whole', () => {
  const parts = splitStatements("create table a (x int); -- note;\ncreate function f() returns trigger language plpgsql as $$\nbegin\n  raise exception 'no; never';\nend;\n$$;\nselect 1;");
  assert.equal(parts.length, 3);
  assert.match(parts[1]!, /raise exception 'no; never';\nend;\n\$\$;$/);
});

for (const engine of engines) {
  describe(`migrations on ${engine.name}`, { skip: engine.skip }, () => {
    it('apply once, in order, and are recorded', async () => {
      const db = await engine.open();
      try {
        assert.deepEqual(await migrate(db), migrations().map((m) => m.id));
        assert.deepEqual(await migrate(db), []);
        const tables = await db.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = current_schema() order by 1");
        assert.ok(tables.some((t) => t.table_name === 'returns'));
      } finally {
        await db.close();
      }
    });

    it('keep the audit log append-only', async () => {
      const db = await engine.open();
      try {
        await migrate(db);
        await db.query("insert into audit_log (actor, action, subject) values ('analyst', 'read-child', 'C1')");
        await assert.rejects(db.query("update audit_log set actor = 'someone else'"), /audit log cannot be changed/);
        await assert.rejects(db.query('delete from audit_log'), /audit log cannot be changed/);
        assert.equal((await db.query('select * from audit_log')).length, 1);
      } finally {
        await db.close();
      }
    });

    it('leave nothing behind when a migration fails part-way', async () => {
      const db = await engine.open();
      try {
        await assert.rejects(migrate(db, [{ id: '001-broken', sql: 'create table half (x int);\nselect * from no_such_table;' }]));
        assert.equal((await db.query("select 1 from information_schema.tables where table_name = 'half' and table_schema = current_schema()")).length, 0);
        assert.equal((await db.query('select 1 from sightline_migrations')).length, 0);
      } finally {
        await db.close();
      }
    });
  });
}
