import { ageOn } from '../model/dates.ts';
import type { CareLeaverFact, ChildFacts } from './child-facts.ts';
import { SOURCES, type EventIndicator } from './indicator.ts';

/**
 * The DfE's care leaver measures: former relevant young people aged 19, 20 or 21, whose information
 * (903 OC3) the council records around their birthday in the year. The return gives no date, so each
 * record sits at the year's 31 March, and the age is the one reached on that birthday.
 */
export function careLeaverIndicator(spec: {
  id: string;
  title: string;
  what: string;
  variant: string;
  counted: (record: CareLeaverFact) => boolean;
}): EventIndicator {
  return {
    id: spec.id,
    title: spec.title,
    kind: 'events',
    unit: 'percent',
    polarity: 'higher-is-better',
    monthly: false,
    definition: {
      text: `Of care leavers aged 19 to 21 with information recorded in the year (903 OC3, around their birthday), the percentage ${spec.what}. The denominator is every such young person, those not in touch included.`,
      source: SOURCES.lookedAfter,
      variant: spec.variant,
    },
    instances: (child: ChildFacts) => child.careLeaver.flatMap((r) => {
      const age = child.birth === null ? null : ageOn(child.birth, r.date);
      return age !== null && age >= 19 && age <= 21 ? [{ key: r.key, date: r.date, counted: spec.counted(r) }] : [];
    }),
  };
}
