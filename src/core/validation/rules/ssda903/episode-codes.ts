/** Groups of legal status (LS) and reason episode ceased (REC) codes that several DfE rules share; placement types are in placement-types.ts. */

/** Legal statuses of an agreed series of short-term breaks (V3 single, V4 series): not "looked after continuously" for the DfE. */
export const SHORT_BREAKS: ReadonlySet<string> = new Set(['V3', 'V4']);

/** Whether every episode's legal status is an agreed series of short breaks (V3/V4). */
export function onlyShortBreaks(episodes: readonly { readonly LS: string | null }[]): boolean {
  for (let i = 0; i < episodes.length; i++) if (!SHORT_BREAKS.has(episodes[i]!.LS?.trim() ?? '')) return false;
  return true;
}

/** Reasons an episode ceased that mean the child was adopted (E11 application unopposed, E12 consent dispensed with). */
export const ADOPTED: ReadonlySet<string> = new Set(['E11', 'E12']);
