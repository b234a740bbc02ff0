// Column kinds the tables share: bytea as bytes (drizzle has none), and the instants every
// table records the same way. Columns naming a row of another table live beside that table
// (`memberRef` in auth.ts, `campaignRef` in campaigns.ts, `evaluationRef` in records.ts).
import { customType, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';

export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea'
});

/** An instant, with its time zone (every timestamp of the schema). */
export const instant = (name: string) => timestamp(name, { withTimezone: true });

/** The instant a row was written: now unless given. */
export const writtenAt = (name: string) => instant(name).notNull().defaultNow();

/** A text column naming a row of another table by its key (read late: tables name each other). */
export const refTo = (name: string, key: () => AnyPgColumn) => text(name).notNull().references(key);

/** A text column that is the row's own key and names a row of another table: one row per it. */
export const keyOf = (name: string, key: () => AnyPgColumn) =>
	text(name).primaryKey().references(key);
