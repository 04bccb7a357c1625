import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { migrations } from './migrate.ts';
import { openStore } from './open-store.ts';
import { engines, freshSchema } from './testing.ts';

const applied = (db: { query: (sql: string) => Promise<{ id: string }[]> }) => db.query('select id from sightline_migrations order by id');

it('opens PGlite in a data folder it creates, migrated, and finds its data there again', async () => {
  const root = await mkdtemp(join(tmpdir(), 'sightline-open-'));
  const saved = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  try {
    const dataDir = join(root, 'deep', 'store');
    let db = await openStore({ dataDir });
    assert.equal(db.kind, 'pglite');
    assert.deepEqual((await applied(db)).map((r) => r.id), migrations().map((m) => m.id));
    await db.query("insert into councils (la, name) values ('806', 'Test')");
    await db.close();
    db = await openStore({ dataDir });
    assert.deepEqual(await db.query('select la from councils'), [{ la: '806' }]);
    await db.close();
  } finally {
    if (saved !== undefined) process.env.DATABASE_URL = saved;
    await rm(root, { recursive: true, force: true });
  }
});

it('opens the server DATABASE_URL names in preference to a data folder', { skip: engines.find((e) => e.name === 'PostgreSQL')!.skip }, async () => {
  const schema = await freshSchema(process.env.TEST_DATABASE_URL!);
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = schema.url;
  try {
    const db = await openStore({ dataDir: join(tmpdir(), 'never-created') });
    assert.equal(db.kind, 'postgres');
    assert.deepEqual((await applied(db)).map((r) => r.id), migrations().map((m) => m.id));
    await db.close();
  } finally {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    await schema.drop();
  }
});
