import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_TEMPLATE, domainId, newTemplate } from './template.ts';

describe('audit templates', () => {
  it('ships a default template of six distinct domains, each with its guiding question', () => {
    assert.deepEqual(DEFAULT_TEMPLATE.domains.map((d) => d.id), ['quality-of-assessment', 'voice-of-the-child', 'planning-and-review', 'risk-and-protection', 'permanence', 'management-oversight']);
    for (const d of DEFAULT_TEMPLATE.domains) assert.match(d.prompt, /\?$/, d.id);
  });

  it("makes a domain's id from its title", () => {
    assert.equal(domainId('  Voice of the Child! '), 'voice-of-the-child');
    assert.equal(domainId('Café & après-care'), 'cafe-apres-care');
    assert.equal(domainId('???'), '');
  });

  it('makes a template from a name and domain titles, tidying them', () => {
    const made = newTemplate({ name: ' Exploitation deep dive ', domains: [{ title: 'Risk recognised', prompt: ' Was it? ' }, { title: 'Multi-agency work' }] });
    assert.ok('template' in made);
    assert.deepEqual(made.template, {
      name: 'Exploitation deep dive',
      domains: [{ id: 'risk-recognised', title: 'Risk recognised', prompt: 'Was it?' }, { id: 'multi-agency-work', title: 'Multi-agency work', prompt: '' }],
    });
  });

  it('names the field of each problem: blank name, no domains, a repeated or blank domain', () => {
    const none = newTemplate({ name: ' ', domains: [] });
    assert.ok('problems' in none);
    assert.deepEqual(none.problems.map((p) => p.field), ['name', 'domains']);
    const repeated = newTemplate({ name: 'T', domains: [{ title: 'Planning' }, { title: 'planning ' }, { title: '--' }] });
    assert.ok('problems' in repeated);
    assert.deepEqual(repeated.problems.map((p) => p.field), ['domains/1/title', 'domains/2/title']);
    assert.match(repeated.problems[0]!.message, /repeats/);
  });

  it('refuses more than 20 domains and over-long words', () => {
    const many = newTemplate({ name: 'x'.repeat(121), domains: Array.from({ length: 21 }, (_, i) => ({ title: `Domain ${i}`, prompt: i === 0 ? 'p'.repeat(501) : '' })) });
    assert.ok('problems' in many);
    assert.deepEqual(many.problems.map((p) => p.field), ['name', 'domains', 'domains/0/prompt']);
  });
});
