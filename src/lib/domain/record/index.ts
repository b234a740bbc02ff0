/** The stored record: schemas, defaults, migrations and parsing. */
export * from './common';
export * from './template';
export * from './campaign';
export * from './evaluation';
export * from './migrations';
export * from './parse';
export * from './seoul-time';
