// Column kinds the tables share: bytea as bytes (drizzle has none), and the instants every
// table records the same way. Columns naming a row of another table live beside that table
// (`memberRef` in auth.ts, `campaignRef` in campaigns.ts, `evaluationRef` in records.ts).
import { customType, timestamp } from 'drizzle-orm/pg-core';

export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
	dataType: () => 'bytea'
});

/** An instant, with its time zone (every timestamp of the schema). */
export const instant = (name: string) => timestamp(name, { withTimezone: true });

/** The instant a row was written: now unless given. */
export const writtenAt = (name: string) => instant(name).notNull().defaultNow();
