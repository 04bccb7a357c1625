import type { Oc2Field } from '../../../model/ssda903.ts';

/** The OC2 items about children looked after for 12 months, as the DfE groups them in its rules. */

/** The yes/no items (0 or 1). */
export const OC2_YES_NO: readonly Oc2Field[] = [
  'CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED',
  'INTERVENTION_OFFERED',
];

/** The items every child of the cohort must have (the others depend on these or on age). */
export const OC2_REQUIRED: readonly Oc2Field[] = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'];

/** The OC3 (care leaver) items. */
export const OC3_ITEMS = ['IN_TOUCH', 'ACTIV', 'ACCOM'] as const;

/** The AD1 (adoption) items. */
export const AD1_ITEMS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const;
