/** Aggregation of many evaluations for auditors and center managers. */
export * from './stats';
export * from './filter';
export * from './trend';
export * from './service-audit';
export * from './aggregate';
