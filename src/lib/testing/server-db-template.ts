// Vitest global setup of the server project: one database migrated once per run, copied for
// every test file instead of created and migrated again (PGlite: a copy of its folder;
// PostgreSQL: CREATE DATABASE … TEMPLATE). Migrations still run on each copy, finding nothing
// to do, so a copy is always at the latest version.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDb } from '../server/db';
import { adminQuery } from './server-db';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A migrated PGlite folder to copy. */
		pgliteTemplate: string;
		/** A migrated PostgreSQL database to use as a template ('' without TEST_DATABASE_URL). */
		postgresTemplate: string;
	}
}

export default async function setup(project: TestProject) {
	const dir = mkdtempSync(join(tmpdir(), 'ks1006-template-'));
	const db = await openDb({ dataDir: dir });
	await db.close();
	project.provide('pgliteTemplate', dir);

	const admin = process.env.TEST_DATABASE_URL;
	let name = '';
	if (admin) {
		name = `tpl_${crypto.randomUUID().replaceAll('-', '')}`;
		await adminQuery(admin, `create database ${name}`);
		const url = new URL(admin);
		url.pathname = `/${name}`;
		const pg = await openDb({ databaseUrl: url.toString(), max: 1 });
		await pg.close();
	}
	project.provide('postgresTemplate', name);

	return async () => {
		rmSync(dir, { recursive: true, force: true });
		if (admin && name) await adminQuery(admin, `drop database if exists ${name} with (force)`);
	};
}
