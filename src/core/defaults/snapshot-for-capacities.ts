// [default] Which Snapshot indicators speak to each capacity, for the "Overview of the Data" section
// of its Service Array Assessment Report. Community indicators are shown for the well-being capacities.

export const SNAPSHOT_INDICATORS_BY_CAPACITY: Readonly<Record<string, readonly string[]>> = {
  S1: ['S2', 'S1'],
  S2: ['S2', 'P4'],
  P1: ['P1', 'P2', 'P3', 'P5'],
  P2: ['P5', 'P4'],
  WB1: ['P4', 'S2'],
  WB2: [],
  WB3: ['S1'],
};

export const COMMUNITY_INDICATORS_FOR = ['WB1', 'WB2', 'WB3'] as const;
