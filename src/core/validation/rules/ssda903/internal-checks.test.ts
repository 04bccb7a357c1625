import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inHeaderRule, onceRule, sameDobRule } from './internal-checks.ts';
import { meta903 } from './rules-metadata.ts';
import { check, header, relatedOf, review } from './test-helpers.ts';

describe('internal checks', () => {
  it('a different DOB has the Header DOB as related cell; without a Header DOB nothing is compared', () => {
    const rule = sameDobRule(meta903('INT17'), 'reviews');
    assert.deepEqual(relatedOf(check(rule, { header: [header()], reviews: [review({ DOB: '2015-05-11' })] })[0]), ['Header.DOB=2015-05-10']);
    assert.deepEqual(check(rule, { header: [header({ DOB: null })], reviews: [review({ DOB: '2015-05-11' })] }), []);
    assert.deepEqual(check(rule, { reviews: [review({ DOB: '2015-05-11' })] }), []);
  });
  it('a repeated row has the first row as related cell, with its line', () => {
    const rule = onceRule(meta903('INT32'), 'header');
    const [f] = check(rule, { header: [header({ line: 2 }), header({ line: 3 })] });
    assert.deepEqual([f?.line, f?.related], [3, [{ table: 'Header', field: 'CHILD', value: '1', line: 2 }]]);
  });
  it('a child only in another table is reported at that row, with its line', () => {
    const rule = inHeaderRule(meta903('INT08'), 'reviews');
    assert.equal(check(rule, { reviews: [review({ line: 7 })] })[0]?.line, 7);
  });
});
