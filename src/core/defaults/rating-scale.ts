// [default] The 4-level rating scale used by every rated item and service, plus "Don't know".

export interface RatingLevel {
  readonly value: number;
  readonly label: string;
  /** One line for the legend on the Start here sheet. */
  readonly meaning: string;
}

export interface RatingScale {
  readonly levels: readonly RatingLevel[];
  readonly dontKnow: string;
}

export const DEFAULT_RATING_SCALE = {
  levels: [
    { value: 1, label: 'Not in place', meaning: 'Does not exist, or exists on paper only.' },
    { value: 2, label: 'Emerging', meaning: 'Started in a few places or for a few families; not yet reliable.' },
    { value: 3, label: 'Partially in place', meaning: 'Works for many families, with real gaps in reach or quality.' },
    { value: 4, label: 'Fully in place', meaning: 'Works reliably for the families who need it, across the jurisdiction.' },
  ],
  dontKnow: "Don't know",
} as const satisfies RatingScale;
