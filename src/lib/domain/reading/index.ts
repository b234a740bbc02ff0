/** One reading of a record: its shape and refresh rule, and the function that computes it. */
export * from './reading';
export * from './read';
