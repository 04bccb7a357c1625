/**
 * Why Sightline does not check some DfE rules: each needs something a council's return does not carry and
 * that Sightline cannot derive faithfully. The reason is what a report shows for the rule instead of a result.
 */
export const PENDING_REASONS: Readonly<Record<string, string>> = {
  '411':
    'compares two columns the DfE derives from the placement postcode (PL_LOCATION, in or out of the council’s area, and PL_LA); ' +
    'SSDA903 CSV files carry neither, and Sightline derives both from the same postcode reference, so they cannot disagree',
  '709':
    'needs the DfE’s list of placement types expected for a child with a deprivation of liberty order, which the DfE has not ' +
    'published with the rule (its message names no placement types)',
};
