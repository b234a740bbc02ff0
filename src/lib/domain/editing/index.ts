/**
 * Every edit of an evaluation, as pure operations: each returns the new record with exactly
 * one change-log entry and a bumped version (or the record itself when nothing changes).
 */
export * from './commit';
export * from './create';
export * from './answers';
export * from './fields';
export * from './ivr';
export * from './recordings';
export * from './follow-ups';
export * from './lifecycle';
export * from './replay';
export * from './conflict';
