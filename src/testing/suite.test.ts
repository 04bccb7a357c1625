import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openForSuite } from './suite.ts';

/** A thing that records what the suite did to it. */
const events: string[] = [];
const thing = () => ({ opened: true, close: async () => void events.push('closed') });

describe('openForSuite', () => {
  let early: unknown;
  describe('a suite with a thing opened for it', () => {
    const opened = openForSuite('The thing', async () => thing(), (t) => void events.push(`ready ${t.opened}`));
    try {
      opened();
    } catch (error) {
      early = error;
    }

    it('is not open while the suite is being declared', () => {
      assert.match(String(early), /The thing is not open: it opens before the suite's tests/);
    });

    it('is open in the tests, once ready has run', () => {
      assert.equal(opened().opened, true);
      assert.deepEqual(events, ['ready true']);
    });
  });

  it('is closed once the suite is over', () => {
    assert.deepEqual(events, ['ready true', 'closed']);
  });
});
