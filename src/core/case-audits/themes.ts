import type { InputProblem } from './input-problem.ts';

/**
 * The themes auditors tag findings with, as councils' audit reports and Ofsted's letters name them. A
 * theme is known by its words: auditors may add their own, which count alongside these from then on.
 */
export const THEMES = [
  'Over-optimistic decision-making',
  'Drift and delay',
  'Neglect not recognised',
  'Voice of the child not heard',
  'Weak management oversight',
  'Plans not specific',
  'Poor multi-agency work',
  'Exploitation risk not recognised',
  'Domestic abuse not addressed',
  'Assessment out of date',
  'History not considered',
  'Poor recording',
] as const;

export const THEME_MAX_LENGTH = 80;
export const THEMES_PER_AUDIT = 20;

/** A theme as stored: spaces tidied, first letter capital, and a known theme's own spelling whatever the case typed. */
export function normaliseTheme(text: string): string {
  const tidy = text.trim().replace(/\s+/g, ' ');
  const known = THEMES.find((t) => t.toLowerCase() === tidy.toLowerCase());
  return known ?? tidy.charAt(0).toUpperCase() + tidy.slice(1);
}

/** An audit's themes, normalised, each once, in the order given; or what is wrong with them. */
export function auditThemes(themes: readonly string[]): { themes: string[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const result: string[] = [];
  themes.forEach((raw, i) => {
    const theme = normaliseTheme(raw);
    if (theme === '') problems.push({ field: `themes/${i}`, message: 'A theme cannot be blank.' });
    else if (theme.length > THEME_MAX_LENGTH) problems.push({ field: `themes/${i}`, message: `A theme must be at most ${THEME_MAX_LENGTH} characters.` });
    else if (/\p{Cc}/u.test(theme)) problems.push({ field: `themes/${i}`, message: 'A theme cannot hold control characters.' });
    else if (!result.some((t) => t.toLowerCase() === theme.toLowerCase())) result.push(theme);
  });
  if (result.length > THEMES_PER_AUDIT) problems.push({ field: 'themes', message: `Tag at most ${THEMES_PER_AUDIT} themes (${result.length} given).` });
  return { themes: result, problems };
}
