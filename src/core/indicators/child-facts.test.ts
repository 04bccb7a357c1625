import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { CHILD_FACTS_VERSION } from './child-facts.ts';
import { syntheticCouncilFacts } from './synthetic-journeys.ts';

describe('child facts', () => {
  const facts = syntheticCouncilFacts({ children: 400, firstYear: 2022, lastYear: 2026, seed: 5, la: '806' });

  it('survive a JSON round trip unchanged, as the store keeps them', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(facts)), facts);
  });

  it('are the same as when their version was last set: change CHILD_FACTS_VERSION and this digest together', () => {
    // Stored facts are reused while their version is current, so a change to what they hold must change the version.
    const digest = createHash('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 16);
    assert.deepEqual({ version: CHILD_FACTS_VERSION, digest }, { version: 1, digest: '034444863129aeb6' });
  });
});
