import { utils, write } from '@e965/xlsx';
import type { ComparisonView } from './comparison.ts';
import { backtestSentence, type ForecastView } from './view.ts';

/**
 * A forecast as files people take away: a CSV (one tidy table: history, forecast with its band, and
 * costs past and future) and an xlsx workbook (what the forecast is and how far to trust it, the children
 * week by week, the quarters, the costs used, and the comparison with the saved scenarios). Numbers only.
 * Pure, so that the browser could build the same files.
 */
const CSV_HEADINGS = ['section', 'period', 'group', 'value', 'lower', 'upper'];

function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function forecastCsv(view: ForecastView): string {
  const rows: (string | number | null)[][] = [CSV_HEADINGS];
  for (const p of view.history) view.groups.forEach((g, i) => rows.push(['children-history', p.date, g, p.values[i]!, null, null]));
  for (const p of view.forecast) view.groups.forEach((g, i) => rows.push(['children-forecast', p.date, g, p.mean[i]!, p.lower[i]!, p.upper[i]!]));
  // The simulated range when it was asked for: the median of the runs, and the middle of them.
  for (const p of view.simulated?.forecast ?? []) view.groups.forEach((g, i) => rows.push(['children-simulated', p.date, g, p.median[i]!, p.lower[i]!, p.upper[i]!]));
  const items = view.costs.items.map((i) => i.item);
  for (const [section, quarters] of [['cost-history', view.costs.history], ['cost-forecast', view.costs.quarters]] as const) {
    for (const q of quarters) {
      items.forEach((item, i) => rows.push([section, q.quarter, item, q.byItem[i]!, null, null]));
      rows.push([section, q.quarter, 'Total', q.total, null, null]);
    }
  }
  return `${rows.map((r) => r.map(cell).join(',')).join('\n')}\n`;
}

const round = (n: number | null, places = 1): number | null => (n === null ? null : Math.round(n * 10 ** places) / 10 ** places);

export function forecastWorkbook(view: ForecastView, comparison: ComparisonView | null): Uint8Array {
  const book = utils.book_new();
  const s = view.settings;
  const about: (string | number | null)[][] = [
    [`Care population and placement spend forecast: ${view.scenario ? `scenario "${view.scenario.name}"` : 'base (no changes)'}`],
    [],
    ['Data', `${view.dataStart} to ${view.dataEnd}`],
    ['Rates fitted on', `${view.reference.from} to ${view.reference.to}`],
    ['Forecast', `${view.start} to ${view.end}`],
    ['In-house and external provision', s.provision ? 'modelled separately' : 'not modelled'],
    ['UASC', s.uasc],
    ['Year-one cost (£)', Math.round(view.costs.yearOne)],
    ...(view.withoutChanges ? [['Year-one cost without the changes to practice (£)', Math.round(view.withoutChanges.yearOne)]] : []),
    [],
    ['How far to trust it', backtestSentence(view.backtest)],
    ['Group', 'Mean absolute percentage error (%)', 'Days compared', 'Forecast at end', 'Actual at end'],
    ...view.backtest.groups.map((g) => [g.group, round(g.mape), g.days, round(g.forecastAtEnd), g.actualAtEnd]),
    [],
    ['Changes in this scenario'],
    ...s.moves.map((m) => [`Move ${Math.round(m.share * 100)}% of ${m.from} to ${m.to}`, m.of === 'both' ? 'children placed now and entrants' : m.of === 'start' ? 'children placed now' : 'entrants']),
    ...s.rates.map((r) => [`Rate ${r.from} → ${r.to}`, 'multiply' in r.change ? `× ${r.change.multiply}` : `+ ${r.change.add}`]),
    ...s.entries.map((e) => [`Entries into ${e.to}`, 'multiply' in e.change ? `× ${e.change.multiply}` : `+ ${e.change.add}`]),
    ...Object.entries(s.costs.shares).map(([item, share]) => [`Share of ${item}`, share]),
    ...(s.costs.inflation !== null ? [['Yearly inflation', s.costs.inflation]] : []),
    [],
    ['Notes'],
    ...view.notes.map((n) => [n]),
  ];
  utils.book_append_sheet(book, utils.aoa_to_sheet(about), 'About');

  const groupHeads = view.groups.flatMap((g) => [g, `${g} lower`, `${g} upper`]);
  const children = [
    ['Date', 'Observed or forecast', ...groupHeads],
    ...view.history.map((p) => [p.date, 'observed', ...p.values.flatMap((v) => [v, null, null])]),
    ...view.forecast.map((p) => [p.date, 'forecast', ...p.mean.flatMap((m, i) => [round(m), round(p.lower[i]!), round(p.upper[i]!)])]),
  ];
  utils.book_append_sheet(book, utils.aoa_to_sheet(children), 'Children');

  const simulated = view.simulated;
  if (simulated) {
    const rows = [
      [`The middle ${Math.round(simulated.coverage * 100)}% of ${simulated.runs} simulated runs (seed ${simulated.seed}), beside the forecast's closed-form range on the Children sheet.`],
      ['Date', ...view.groups.flatMap((g) => [`${g} median`, `${g} lower`, `${g} upper`])],
      ...simulated.forecast.map((p) => [p.date, ...p.median.flatMap((m, i) => [round(m), round(p.lower[i]!), round(p.upper[i]!)])]),
    ];
    utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'Simulated range');
  }

  const items = view.costs.items.map((i) => i.item);
  const quarterRows = (kind: string, quarters: ForecastView['costs']['quarters']) => quarters.map((q) => [q.quarter, kind, Math.round(q.total), ...q.byItem.map((c) => Math.round(c))]);
  const costs = [['Quarter', 'Observed or forecast', 'Total (£)', ...items.map((i) => `${i} (£)`)], ...quarterRows('observed', view.costs.history), ...quarterRows('forecast', view.costs.quarters)];
  utils.book_append_sheet(book, utils.aoa_to_sheet(costs), 'Cost by quarter');

  const weekly = [
    ['Cost item', 'Weekly cost (£)', 'Placeholder', 'Source', 'Date', 'Year-one cost (£)'],
    ...view.costs.items.map((i) => [i.item, i.weekly, i.placeholder ? 'PLACEHOLDER: not a real price' : 'no', i.source, i.date, Math.round(i.yearOne)]),
  ];
  utils.book_append_sheet(book, utils.aoa_to_sheet(weekly), 'Weekly costs');

  if (comparison) {
    const names = comparison.columns.map((c) => c.scenario?.name ?? 'Base');
    const rows: (string | number | null)[][] = [
      ['Quarter', ...names.flatMap((n, i) => (i === 0 ? [`${n}: children`, `${n}: cost (£)`] : [`${n}: children`, `${n}: cost (£)`, `${n}: children vs base`, `${n}: cost vs base (£)`]))],
      ...comparison.quarters.map((q, qi) => [q, ...comparison.columns.flatMap((c, i) => {
        const own = [round(c.children[qi]!), round(c.cost[qi]!, 0)];
        return i === 0 ? own : [...own, round(c.childrenDifference[qi]!), round(c.costDifference[qi]!, 0)];
      })]),
      ['Year one', ...comparison.columns.flatMap((c, i) => (i === 0 ? [null, round(c.yearOne, 0)] : [null, round(c.yearOne, 0), null, round(c.yearOneDifference, 0)]))],
      ...comparison.columns.flatMap((c) => (c.error ? [[`${c.scenario?.name ?? 'Base'} could not be worked out: ${c.error}`]] : [])),
    ];
    utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'Comparison');
  }
  return new Uint8Array(write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}
