import { meta903, variants903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { episodeAgeRule } from './ages.ts';

/** Independent living (P2) needs a child of at least 15 in 2022/23 and 16 from 2023/24, at the start of the episode. */
const minimumAge: Readonly<Record<string, number>> = { '2022/23': 15, '2023/24': 16 };

export const rules: readonly Ssda903Rule[] = variants903('370').map((v) =>
  episodeAgeRule(meta903('370', v.years[0], { howToFix: `Correct the placement type or the date of birth: a child in independent living must be at least ${minimumAge[v.years[0]!]}.` }), {
    field: 'PLACE',
    codes: new Set(['P2']),
    on: 'DECOM',
    age: minimumAge[v.years[0]!]!,
    minimum: true,
  }),
);
