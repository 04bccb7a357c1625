import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auditThemes, normaliseTheme, THEMES } from './themes.ts';

describe('audit themes', () => {
  it("spells a known theme its own way whatever the case or spacing typed", () => {
    assert.equal(normaliseTheme('  drift   AND delay '), 'Drift and delay');
    assert.ok(THEMES.includes('Exploitation risk not recognised'));
  });

  it("keeps an auditor's own theme, tidied and with a capital", () => {
    assert.equal(normaliseTheme(' sibling  contact not promoted'), 'Sibling contact not promoted');
  });

  it("keeps each theme once, in the order given", () => {
    assert.deepEqual(auditThemes(['Plans not specific', 'neglect not recognised', 'plans NOT specific']), { themes: ['Plans not specific', 'Neglect not recognised'], problems: [] });
  });

  it('names the theme at fault: blank, too long, control characters, too many', () => {
    const bad = auditThemes(['', 'x'.repeat(81), 'a\u0007b']);
    assert.deepEqual(bad.problems.map((p) => p.field), ['themes/0', 'themes/1', 'themes/2']);
    const many = auditThemes(Array.from({ length: 21 }, (_, i) => `Theme ${i}`));
    assert.deepEqual(many.problems.map((p) => p.field), ['themes']);
  });
});
