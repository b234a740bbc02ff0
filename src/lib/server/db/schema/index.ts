// The server's tables: one schema for both drivers (embedded PGlite and PostgreSQL 15), one
// module per table group. Change them, then `npx drizzle-kit generate` writes the next
// versioned migration into drizzle/, which the server applies at start (drizzle.config.ts
// reads this index).
export * from './auth';
export * from './campaigns';
export * from './records';
export * from './programme';
export * from './calibration';
