// The Child and Family Snapshot core: the public API the pipeline and the add-in import.

export * from './day';
export * from './columns';
export * from './codes';
export * from './records';
export * from './issue-log';
export * from './period';
export * from './stats';
export * from './aggregate-episodes';
export * from './aggregate-reports';
export * from './community';
export * from './indicators';
export * from './snapshot-model';
export * from './suppression';
export * from './suppression-check';
export * from './draft-tables';
export * from './build-snapshot';
export * from './run';
export * from './period-counts';
export * from './protection-prover';
export * from './linked-system';
export * from './linked-suppression';
export * from './release-relations';
export * from './id-table';
