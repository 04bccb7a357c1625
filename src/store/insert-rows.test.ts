import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { insertRows, toJson } from './insert-rows.ts';
import { engines } from './testing.ts';

it('stores NUL, which text and jsonb refuse, as U+FFFD', () => {
  assert.equal(toJson({ a: 'x\u0000y' }), '{"a":"x\uFFFDy"}');
  assert.equal(toJson({ a: 'C:\\u0000' }), JSON.stringify({ a: 'C:\\u0000' }), 'a written backslash-u is text, left alone');
});

for (const engine of engines) {
  describe(`insertRows on ${engine.name}`, { skip: engine.skip }, () => {
    it('inserts more rows than one statement may carry parameters for, with every type', async () => {
      const db = await engine.open();
      try {
        await db.exec('create table t (id integer primary key, name text, big bigint, doc jsonb)');
        const rows = Array.from({ length: 20_000 }, (_, i) => ({ id: i, name: i % 7 ? `n${i}\u0000` : null, big: i * 1000, doc: i % 5 ? { i, nul: 'a\u0000b' } : null }));
        await insertRows(db, 't', [{ name: 'id', type: 'integer' }, { name: 'name', type: 'text' }, { name: 'big', type: 'bigint' }, { name: 'doc', type: 'jsonb' }], rows);
        const [summary] = await db.query<{ n: number; names: number; docs: number; big: string }>(
          "select count(*)::int as n, count(name)::int as names, count(doc)::int as docs, max(big)::text as big from t",
        );
        assert.deepEqual(summary, { n: 20_000, names: rows.filter((r) => r.name !== null).length, docs: 16_000, big: '19999000' });
        const [one] = await db.query<{ name: string; doc: unknown }>('select name, doc from t where id = 3');
        assert.deepEqual(one, { name: 'n3\uFFFD', doc: { i: 3, nul: 'a\uFFFDb' } });
        await insertRows(db, 't', [{ name: 'id', type: 'integer' }], []);
      } finally {
        await db.close();
      }
    });
  });
}
