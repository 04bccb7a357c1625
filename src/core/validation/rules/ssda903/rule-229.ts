import { variants903 } from './rules-metadata.ts';
import { at, tableRule, type Ssda903Rule } from './ssda903-rule.ts';
import { councilOf, providerOf } from './placements.ts';

/**
 * For a council-run provider, PR1 (own provision) means the provider is in this council's area and PR2 (other
 * council's provision) that it is not. The provider's council is the one its premises are in, as the DfE
 * infers it from the postcode; the variants differ in their years' codes only.
 */
export const rules: Ssda903Rule[] = variants903('229').map((meta) =>
  tableRule(meta, 'episodes', (row, context, report) => {
    const provider = providerOf(row, context);
    if (!provider?.councilRun || (row.PLACE_PROVIDER !== 'PR1' && row.PLACE_PROVIDER !== 'PR2')) return;
    const ours = provider.las.includes(councilOf(context));
    if (ours !== (row.PLACE_PROVIDER === 'PR1')) report(at.episode(row, 'PLACE_PROVIDER'), [at.episode(row, 'URN')]);
  }),
);
