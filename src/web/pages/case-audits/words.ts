import type { AuditStatus } from '../../../core/case-audits/audit.ts';
import type { SampleMethod, SampleSource } from '../../../core/case-audits/sampling.ts';
import { ApiError } from '../../api/client.ts';
import { count, date } from '../../format.ts';

/** How the case-audit pages name things. */
export const STATUS_NAMES: Readonly<Record<AuditStatus, string>> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  submitted: 'Submitted, awaiting moderation',
  moderated: 'Moderated',
};

export const STATUS_COLOURS = { planned: 'grey', 'in-progress': 'blue', submitted: 'yellow', moderated: 'green' } as const;

export const METHOD_NAMES: Readonly<Record<SampleMethod, string>> = {
  random: 'At random from the children with an open case',
  worklist: "From the drift worklist's children",
  indicator: "From an indicator's children",
};

/** Where a sample's children came from, in words. */
export function sourceText(method: SampleMethod, source: SampleSource): string {
  const of = `${count(source.candidates)} children`;
  if (method === 'random') return `${of} with an open case on ${date(source.at)}`;
  if (method === 'worklist') return `${of} on the drift worklist${source.rule ? ` (${source.rule})` : ''} on ${date(source.at)}`;
  return `${of} behind the indicator ${source.indicator} (${source.period === 'headline' ? `the 12 months to ${date(source.at)}` : source.period})`;
}

/**
 * An API error as GOV.UK error summary entries: each problem the server named (422) or the field a
 * schema refused (400, "body/size must be …"), linked to its field by `href` when the page has one.
 */
export function errorsOf(error: unknown, href: (field: string) => string | undefined): { text: string; href?: string }[] {
  if (!(error instanceof ApiError)) return [{ text: String(error) }];
  const report = error.body.report as { problems?: { field: string; message: string }[] } | undefined;
  const link = (field: string, text: string) => {
    const to = href(field);
    return to ? { text, href: to } : { text };
  };
  if (report?.problems?.length) return report.problems.map((p) => link(p.field, p.message));
  const field = /^(?:body|querystring)\/([\w/-]+)/.exec(error.message)?.[1];
  return [field ? link(field, error.message) : { text: error.message }];
}
