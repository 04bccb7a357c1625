/**
 * What the council-settings part of the data-access layer hands out, in the shapes the API sends and the
 * pages show. Type-only, so the web app shares them without importing any server code.
 */

/** The council's 0–17 population as entered, and the reference data's 0–25 figure beside it for context. */
export interface PopulationSettingView {
  readonly la: string;
  /** Null until the council enters it: rates per 10,000 cannot be given until then. */
  readonly current: {
    readonly population: number;
    readonly source: string;
    readonly year: number;
    /** What each rate says of the population it uses. */
    readonly basis: string;
    readonly updatedBy: string;
    readonly updatedAt: string;
  } | null;
  /** ONS population aged 0 to 25 from the reference data (not the 0–17 figure rates need); null when not known. */
  readonly population0to25: number | null;
}
