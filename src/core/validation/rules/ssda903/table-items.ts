import type { Ad1Field, Oc2Field } from '../../../model/ssda903.ts';

/** The items of the OC2, OC3 and AD1 tables (all but the child's id and DOB), as the DfE groups them in its rules. */

/** The yes/no items (0 or 1). */
export const OC2_YES_NO: readonly Oc2Field[] = [
  'CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED',
  'INTERVENTION_OFFERED',
];

/** The health items every child of the cohort must have, and that come with any other item given (the others depend on these or on age). */
export const OC2_REQUIRED = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'] as const satisfies readonly Oc2Field[];

/** The OC3 (care leaver) items. */
export const OC3_ITEMS = ['IN_TOUCH', 'ACTIV', 'ACCOM'] as const;

/** The AD1 (adoption) items. */
export const AD1_ITEMS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const satisfies readonly Ad1Field[];
