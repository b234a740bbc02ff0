/** The exchange format: signed JSON bundles, import planning and CSV exports (all pure). */
export * from './bundle';
export * from './canonical';
export * from './base64';
export * from './signature';
export * from './anonymise';
export * from './name-words';
export * from './build';
export * from './json-guard';
export * from './parse-bundle';
export * from './plan-import';
export * from './csv';
export * from './csv-labels';
export * from './csv-exports';
export * from './read-bundle';
export * from './history';
export * from './trust';
export * from './photo-id';
