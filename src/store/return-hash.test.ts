import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { returnHash } from './return-hash.ts';

const file = fc.record({ name: fc.string({ minLength: 1, maxLength: 12 }), content: fc.uint8Array({ maxLength: 64 }) });

it('is the same for the same files whatever order they come in', () => {
  fc.assert(fc.property(fc.uniqueArray(file, { selector: (f) => f.name, maxLength: 5 }), (files) => {
    assert.equal(returnHash([...files].reverse()), returnHash(files));
  }));
});

it('differs when a byte moves from one file to the next', () => {
  fc.assert(fc.property(fc.uint8Array({ minLength: 1, maxLength: 32 }), fc.uint8Array({ maxLength: 32 }), (a, b) => {
    const moved = [{ name: 'a', content: a.subarray(0, a.length - 1) }, { name: 'b', content: Uint8Array.of(a[a.length - 1]!, ...b) }];
    assert.notEqual(returnHash(moved), returnHash([{ name: 'a', content: a }, { name: 'b', content: b }]));
  }));
});

it('is SHA-256 hex, the same for a renamed single file', () => {
  const content = new TextEncoder().encode('<Message/>');
  assert.match(returnHash([{ name: 'x.xml', content }]), /^[0-9a-f]{64}$/);
  assert.equal(returnHash([{ name: 'x.xml', content }]), returnHash([{ name: 'y.xml', content }]));
});
