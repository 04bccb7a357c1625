import type { InputProblem } from './input-problem.ts';

/** One area of practice an auditor grades, with the question that guides them. */
export interface AuditDomain {
  readonly id: string;
  readonly title: string;
  readonly prompt: string;
}

/** What an audit grades: a named list of domains. 'default' is the template shipped with Sightline. */
export interface AuditTemplate {
  readonly id: string;
  readonly name: string;
  readonly domains: readonly AuditDomain[];
}

/**
 * The template shipped with Sightline. Its domains are the areas Ofsted's ILACS framework evaluates in
 * children's experiences and progress and in leaders' impact on practice ("Inspecting local authority
 * children's services", GOV.UK, 2024), as councils' own case-file audit tools break them down and grade
 * them on Ofsted's four-point scale (for example Lancashire's "Audit Framework" and its Tier 2 case file
 * audit toolkits, proceduresonline.com/lancashirecsc/p_audit_framework.html). A council adds its own
 * templates beside it.
 */
export const DEFAULT_TEMPLATE: AuditTemplate = {
  id: 'default',
  name: 'Practice audit (Sightline default)',
  domains: [
    { id: 'quality-of-assessment', title: 'Quality of assessment', prompt: "Is the assessment current, analytical and clear about the child's needs, risks and strengths, and does it draw on history?" },
    { id: 'voice-of-the-child', title: 'Voice of the child', prompt: "Is the child seen (alone where appropriate), are their wishes and feelings recorded in their words, and do they shape the plan?" },
    { id: 'planning-and-review', title: 'Planning and review', prompt: 'Is the plan specific, measurable and time-bound, reviewed on time, and is progress against it clear?' },
    { id: 'risk-and-protection', title: 'Risk and protection', prompt: 'Are risks (including neglect, domestic abuse and exploitation) recognised and acted on, with multi-agency information shared?' },
    { id: 'permanence', title: 'Permanence', prompt: 'Is there a plan for permanence without unnecessary delay, and is the child in a stable home that meets their needs?' },
    { id: 'management-oversight', title: 'Management oversight', prompt: 'Is there regular, reflective supervision and recorded management direction that makes a difference to the child?' },
  ],
};

export const TEMPLATE_LIMITS = { name: 120, domains: 20, title: 120, prompt: 500 } as const;

/** A domain's id from its title: lower case words joined by hyphens. */
export function domainId(title: string): string {
  return title.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
}

/** A new template from a name and its domains' titles and prompts, or what is wrong with them. */
export function newTemplate(input: { name: string; domains: readonly { title: string; prompt?: string }[] }): { template: Omit<AuditTemplate, 'id'> } | { problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const name = input.name.trim();
  if (name === '') problems.push({ field: 'name', message: 'Enter a name for the template.' });
  if (name.length > TEMPLATE_LIMITS.name) problems.push({ field: 'name', message: `The name must be at most ${TEMPLATE_LIMITS.name} characters.` });
  if (input.domains.length === 0) problems.push({ field: 'domains', message: 'Give at least one domain to grade.' });
  if (input.domains.length > TEMPLATE_LIMITS.domains) problems.push({ field: 'domains', message: `A template has at most ${TEMPLATE_LIMITS.domains} domains (${input.domains.length} given).` });
  const seen = new Set<string>();
  const domains = input.domains.map((d, i) => {
    const title = d.title.trim();
    const id = domainId(title);
    if (id === '') problems.push({ field: `domains/${i}/title`, message: `Domain ${i + 1} needs a title with letters or digits.` });
    else if (seen.has(id)) problems.push({ field: `domains/${i}/title`, message: `Domain ${i + 1} ("${title}") repeats an earlier domain.` });
    if (title.length > TEMPLATE_LIMITS.title) problems.push({ field: `domains/${i}/title`, message: `Domain ${i + 1}'s title must be at most ${TEMPLATE_LIMITS.title} characters.` });
    if ((d.prompt ?? '').length > TEMPLATE_LIMITS.prompt) problems.push({ field: `domains/${i}/prompt`, message: `Domain ${i + 1}'s prompt must be at most ${TEMPLATE_LIMITS.prompt} characters.` });
    seen.add(id);
    return { id, title, prompt: (d.prompt ?? '').trim() };
  });
  return problems.length ? { problems } : { template: { name, domains } };
}
