import { meta903, variants903 } from './rules-metadata.ts';
import type { Ssda903Rule } from './ssda903-rule.ts';
import { episodeAgeRule } from './ages.ts';

/**
 * Semi-independent living (H5) needs a child of at least 14 in 2022/23 and 16 in 2023/24; from 2024/25
 * the DfE speaks of supported accommodation, the registered placement K3 that replaced H5, at 16.
 */
const variantRules: Readonly<Record<string, { readonly places: readonly string[]; readonly age: number }>> = {
  '2022/23': { places: ['H5'], age: 14 },
  '2023/24': { places: ['H5'], age: 16 },
  '2024/25': { places: ['K3'], age: 16 },
};

export const rules: readonly Ssda903Rule[] = variants903('371').map((v) => {
  const { places, age } = variantRules[v.years[0]!]!;
  return episodeAgeRule(meta903('371', v.years[0], { howToFix: `Correct the placement type or the date of birth: a child in this placement must be at least ${age}.` }), {
    field: 'PLACE',
    codes: new Set(places),
    on: 'DECOM',
    age,
    minimum: true,
  });
});
