import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` turns changes of the schema into the next SQL migration.
export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/server/db/schema/index.ts',
	out: './drizzle'
});
