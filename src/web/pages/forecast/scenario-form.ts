import type { Change } from '../../../core/forecast/adjustments.ts';
import { defaultWeeklyCosts } from '../../../core/forecast/costs-default.ts';
import { BASE_SETTINGS, type ScenarioSettings } from '../../../core/forecast/scenario.ts';
import { baseCategory, placementCategories } from '../../../core/forecast/states.ts';

/**
 * The scenario editor's form as people fill it in (text in every box, percentages rather than shares
 * and multipliers), and its conversion to and from a scenario's settings. A figure that does not read is
 * named with its box, so that the error summary can lead to it.
 */
export type ChangeMode = 'percent' | 'add';

export interface ScenarioForm {
  name: string;
  description: string;
  referenceFrom: string;
  referenceTo: string;
  start: string;
  months: string;
  provision: boolean;
  uasc: ScenarioSettings['uasc'];
  moves: { from: string; to: string; percent: string; of: 'both' | 'start' | 'entries' }[];
  entries: { to: string; mode: ChangeMode; value: string }[];
  rates: { from: string; to: string; mode: ChangeMode; value: string }[];
  /** By cost item, every item: the default unless changed. */
  weekly: Record<string, string>;
  shares: { item: string; percent: string }[];
  /** Yearly rise in per cent; empty for none. */
  inflation: string;
}

export interface FormError {
  readonly text: string;
  /** The box it is about (#id), where there is one. */
  readonly href?: string;
}

export const DEFAULT_WEEKLY: Readonly<Record<string, number>> = Object.fromEntries(defaultWeeklyCosts.map((c) => [c.item, c.weekly]));

/** An id for a cost item's box: "Residential (External)" → "weekly-residential-external". */
export const itemId = (prefix: string, item: string): string => `${prefix}-${item.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

const changeText = (c: Change): { mode: ChangeMode; value: string } => ('multiply' in c ? { mode: 'percent', value: String(Math.round((c.multiply - 1) * 1e6) / 1e4) } : { mode: 'add', value: String(c.add) });

export function formOf(name: string, description: string, s: ScenarioSettings): ScenarioForm {
  return {
    name,
    description,
    referenceFrom: s.reference?.from ?? '',
    referenceTo: s.reference?.to ?? '',
    start: s.start ?? '',
    months: String(s.months),
    provision: s.provision,
    uasc: s.uasc,
    moves: s.moves.map((m) => ({ from: m.from, to: m.to, percent: String(Math.round(m.share * 1e4) / 100), of: m.of })),
    entries: s.entries.map((e) => ({ to: e.to, ...changeText(e.change) })),
    rates: s.rates.map((r) => ({ from: r.from, to: r.to, ...changeText(r.change) })),
    weekly: Object.fromEntries(Object.entries(DEFAULT_WEEKLY).map(([item, cost]) => [item, String(s.costs.weekly[item] ?? cost)])),
    shares: Object.entries(s.costs.shares).map(([item, share]) => ({ item, percent: String(Math.round(share * 1e4) / 100) })),
    inflation: s.costs.inflation === null ? '' : String(Math.round(s.costs.inflation * 1e4) / 100),
  };
}

export const emptyForm = (): ScenarioForm => formOf('', '', BASE_SETTINGS);

/** A number typed in a box ("1,200", " 5 "), or null. */
function numberIn(text: string): number | null {
  const cleaned = text.replace(/[,£%\s]/g, '');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}

function changeOf(mode: ChangeMode, value: number): Change {
  return mode === 'percent' ? { multiply: 1 + value / 100 } : { add: value };
}

/** The settings the form describes, or every box that does not read. */
export function settingsOf(form: ScenarioForm): { settings: ScenarioSettings } | { errors: FormError[] } {
  const errors: FormError[] = [];
  if (!form.name.trim()) errors.push({ text: 'Enter a name for the scenario', href: '#scenario-name' });
  const months = numberIn(form.months);
  if (months === null || !Number.isInteger(months)) errors.push({ text: 'Enter the horizon as a whole number of months, such as 24', href: '#months' });
  if ((form.referenceFrom === '') !== (form.referenceTo === '')) errors.push({ text: 'Enter both dates of the reference window, or neither', href: form.referenceFrom ? '#reference-to' : '#reference-from' });
  const moves = form.moves.map((m, i) => {
    const percent = numberIn(m.percent);
    if (!m.from || !m.to) errors.push({ text: `Move ${i + 1}: choose where children move from and to`, href: `#move-${i}-from` });
    if (percent === null || percent < 0 || percent > 100) errors.push({ text: `Move ${i + 1}: enter the percentage of children moved, from 0 to 100`, href: `#move-${i}-percent` });
    return { from: m.from, to: m.to, share: (percent ?? 0) / 100, of: m.of };
  });
  const entries = form.entries.map((e, i) => {
    const value = numberIn(e.value);
    if (!e.to) errors.push({ text: `Change to entries ${i + 1}: choose who enters care`, href: `#entry-${i}-to` });
    if (value === null) errors.push({ text: `Change to entries ${i + 1}: enter the change as a number`, href: `#entry-${i}-value` });
    return { to: e.to, change: changeOf(e.mode, value ?? 0) };
  });
  const rates = form.rates.map((r, i) => {
    const value = numberIn(r.value);
    if (!r.from || !r.to) errors.push({ text: `Change to moves ${i + 1}: choose the placement children move from and to`, href: `#rate-${i}-from` });
    if (value === null) errors.push({ text: `Change to moves ${i + 1}: enter the change as a number`, href: `#rate-${i}-value` });
    return { from: r.from, to: r.to, change: changeOf(r.mode, value ?? 0) };
  });
  const weekly: Record<string, number> = {};
  for (const [item, text] of Object.entries(form.weekly)) {
    const cost = numberIn(text);
    if (cost === null || cost < 0) errors.push({ text: `Enter the weekly cost of ${item} in pounds, 0 or more`, href: `#${itemId('weekly', item)}` });
    else if (cost !== DEFAULT_WEEKLY[item]) weekly[item] = cost;
  }
  const shares: Record<string, number> = {};
  form.shares.forEach((s, i) => {
    const percent = numberIn(s.percent);
    if (!s.item) errors.push({ text: `Share ${i + 1}: choose the placement`, href: `#share-${i}-item` });
    if (percent === null || percent < 0 || percent > 100) errors.push({ text: `Share ${i + 1}: enter a percentage from 0 to 100`, href: `#share-${i}-percent` });
    else if (s.item) shares[s.item] = percent / 100;
  });
  const inflation = form.inflation.trim() === '' ? null : numberIn(form.inflation);
  if (form.inflation.trim() !== '' && (inflation === null || inflation < 0 || inflation > 100)) errors.push({ text: 'Enter the yearly price rise as a percentage from 0 to 100, or leave it empty', href: '#inflation' });
  if (errors.length > 0) return { errors };
  return {
    settings: {
      reference: form.referenceFrom ? { from: form.referenceFrom, to: form.referenceTo } : null,
      start: form.start || null,
      months: months!,
      provision: form.provision,
      uasc: form.uasc,
      rates,
      entries,
      moves,
      costs: { weekly, shares, inflation: inflation === null ? null : inflation / 100 },
    },
  };
}

/** The box a problem the server names is about ("moves[0].share: …" → the first move's percentage). */
export function hrefOf(problem: string): string | undefined {
  const item = /^costs\.weekly\["(.+?)"\]/.exec(problem);
  if (item) return `#${itemId('weekly', item[1]!)}`;
  const row = /^(moves|entries|rates)\[(\d+)\]/.exec(problem);
  if (row) return `#${{ moves: 'move', entries: 'entry', rates: 'rate' }[row[1] as 'moves']}-${row[2]}-${row[1] === 'moves' ? 'percent' : 'value'}`;
  const fields: [RegExp, string][] = [[/^name/, '#scenario-name'], [/^months/, '#months'], [/^reference/, '#reference-from'], [/^start/, '#start'], [/^costs\.inflation/, '#inflation'], [/^costs\.shares/, '#share-0-percent']];
  return fields.find(([pattern]) => pattern.test(problem))?.[1];
}

/** The categories children can be moved to: every placement category, by provision when it is modelled. */
export function movableCategories(provision: boolean): string[] {
  return placementCategories.flatMap((c) => (provision ? [`${c} (In-house)`, `${c} (External)`] : [c]));
}

/** A state or category label as it reads when provision is not modelled ("10 to 16 - Fostering (In-house)" → "10 to 16 - Fostering"). */
export function withoutProvision(label: string): string {
  const dash = label.lastIndexOf(' - ');
  return dash < 0 ? baseCategory(label) : `${label.slice(0, dash)} - ${baseCategory(label.slice(dash + 3))}`;
}
