import defaults from './costs-default.json' with { type: 'json' };

/**
 * Default weekly costs per cost item, in pounds, shipped as data (costs-default.json) with each figure's
 * source and date. Most are placeholders (the public care-demand model's defaults, which are not prices);
 * the page, the exports and the command line say which. A council enters its own costs in a scenario.
 */
export interface DefaultCost {
  readonly item: string;
  readonly weekly: number;
  readonly placeholder: boolean;
  readonly source: string;
  /** When the source was published (or the snapshot taken), ISO. */
  readonly date: string;
}

/** What the data file says about its figures, in words for the page. */
export const defaultCostsAbout: string = defaults.about;

export const defaultWeeklyCosts: readonly DefaultCost[] = defaults.items;
