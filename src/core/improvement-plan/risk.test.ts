import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { byScore, riskRag, riskScore } from './risk.ts';
import { risk } from './test-actions.ts';

describe('a risk', () => {
  it('scores likelihood × impact', () => {
    assert.equal(riskScore(risk(1, 3, 4)), 12);
    assert.equal(riskScore(risk(1, 5, 5)), 25);
  });

  it('is red from 15, amber from 8, green up to 6, at the band edges', () => {
    assert.equal(riskRag(risk(1, 3, 5)), 'red', '15');
    assert.equal(riskRag(risk(1, 4, 3)), 'amber', '12');
    assert.equal(riskRag(risk(1, 2, 4)), 'amber', '8');
    assert.equal(riskRag(risk(1, 2, 3)), 'green', '6');
    assert.equal(riskRag(risk(1, 1, 1)), 'green', '1');
  });

  it('is closed once closed, whatever its score', () => {
    assert.equal(riskRag(risk(1, 5, 5, 'closed')), 'closed');
  });

  it('lists open risks highest score first, a severe one before a likely one of the same score', () => {
    const risks = [risk(1, 2, 2), risk(2, 4, 1), risk(3, 1, 4), risk(4, 5, 5, 'closed'), risk(5, 3, 3)];
    assert.deepEqual(byScore(risks).map((r) => r.id), [5, 3, 1, 2]);
  });
});
