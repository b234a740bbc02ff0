/** Scoring of one evaluation, IVR metrics and suggestions, follow-up compliance. */
export * from './plan';
export * from './score';
export * from './format-score';
export * from './ivr';
export * from './follow-up';
export * from './effective';
export * from './format-score';
