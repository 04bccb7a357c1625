import { addMonths, type IsoDate } from '../model/dates.ts';
import type { ChildFacts } from '../indicators/child-facts.ts';
import type { DriftContext, DriftItem, DriftRule, LocalRecords } from './rule.ts';
import { DRIFT_RULES } from './rules.ts';
import { NATIONAL_DRIFT_SETTINGS, type DriftSettings } from './settings.ts';

export interface DriftResult {
  readonly at: IsoDate;
  readonly items: readonly DriftItem[];
  /** Rules that could not run, with the records they need. */
  readonly notRun: readonly { readonly rule: DriftRule; readonly reason: string }[];
}

/** Every drift item for a council's children on a date. */
export function drift(children: readonly ChildFacts[], at: IsoDate, options: { settings?: DriftSettings; records?: LocalRecords; rules?: readonly DriftRule[] } = {}): DriftResult {
  const settings = options.settings ?? NATIONAL_DRIFT_SETTINGS;
  const records = options.records ?? {};
  const context: DriftContext = { at, settings, records, lateFrom: addMonths(at, -settings.lateShownMonths) };
  const notRun: { rule: DriftRule; reason: string }[] = [];
  const rules = (options.rules ?? DRIFT_RULES).filter((rule) => {
    const reason = rule.needs?.(records);
    if (reason) notRun.push({ rule, reason });
    return !reason;
  });
  const items: DriftItem[] = [];
  for (const child of children) for (const rule of rules) items.push(...rule.items(child, context));
  return { at, items, notRun };
}
