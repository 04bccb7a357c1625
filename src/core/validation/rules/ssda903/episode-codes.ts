/** Groups of legal status (LS) and reason episode ceased (REC) codes that several DfE rules share; placement types are in placement-types.ts. */

/** Legal statuses of an agreed series of short-term breaks (V3 single, V4 series): not "looked after continuously" for the DfE. */
export const SHORT_BREAKS: ReadonlySet<string> = new Set(['V3', 'V4']);

/** Reasons an episode ceased that mean the child was adopted (E11 application unopposed, E12 consent dispensed with). */
export const ADOPTED: ReadonlySet<string> = new Set(['E11', 'E12']);
