import { ApiError } from '../../api/client.ts';

/** The improvement plan's form errors by field name; '' is the form's as a whole. */
export type FieldErrors = Readonly<Record<string, string>>;

/**
 * The fields a refusal names: the plan's own checks send each field (422), the API's schema names it in
 * its message ("body/likelihood must be <= 5", 400). Anything else is the form's as a whole ('').
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return { '': String(error) };
  const report = error.body.report as { fields?: { field: string; message: string }[] } | undefined;
  if (report?.fields?.length) return Object.fromEntries(report.fields.map((f) => [f.field, f.message]));
  const named = /body\/(\w+)/.exec(error.message);
  return { [named?.[1] ?? '']: error.message };
}

/** The error summary's entries, each leading to its field (`prefix` + field name). */
export function summaryOf(errors: FieldErrors, prefix: string): { text: string; href?: string }[] {
  return Object.entries(errors).map(([field, text]) => (field ? { text, href: `#${prefix}${field}` } : { text }));
}
