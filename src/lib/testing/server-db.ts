// Test helpers for the server's code: a fresh database of each kind (the embedded PGlite in a
// temp folder always; a new PostgreSQL database when TEST_DATABASE_URL is set), and people with
// roles and sessions in it.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, inject } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CampaignRole } from '$lib/domain/sync/protocol';
import { openDb, type Db, type DbKind } from '../server/db';
import {
	campaignMembers,
	campaigns,
	members,
	orgMembers,
	organisations
} from '../server/db/schema';
import { createSession, findSession, type Session } from '../server/auth/session';

export interface TestDb {
	kind: DbKind;
	open(): Promise<Db>;
	/** Closes the database and removes it (the folder, or the PostgreSQL database). */
	dispose(): Promise<void>;
}

/** The kinds a server test runs against: PGlite always, PostgreSQL when configured. */
export function testDatabaseKinds(): DbKind[] {
	return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** A template the run's global setup migrated (src/lib/testing/server-db-template.ts), if any. */
function template(key: 'pgliteTemplate' | 'postgresTemplate'): string {
	try {
		return inject(key) ?? '';
	} catch {
		return '';
	}
}

/**
 * A new temp data folder holding a copy of the run's migrated PGlite, for code that opens its
 * own database from DATA_DIR (the hooks, getDb): opening it finds nothing left to migrate. Empty
 * when the run has no template (a database is then created and migrated in it).
 */
export function freshDataDir(prefix = 'ks1006-test-db-'): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	const from = template('pgliteTemplate');
	if (from) cpSync(from, dir, { recursive: true });
	return dir;
}

/** A new, empty, migrated database of the given kind (a copy of the run's template). */
export async function freshDb(kind: DbKind): Promise<{ db: Db; dispose(): Promise<void> }> {
	if (kind === 'pglite') {
		const dir = freshDataDir();
		const db = await openDb({ dataDir: dir });
		return {
			db,
			async dispose() {
				await db.close();
				rmSync(dir, { recursive: true, force: true });
			}
		};
	}
	const admin = process.env.TEST_DATABASE_URL;
	if (!admin) throw new Error('TEST_DATABASE_URL is not set');
	const name = `t_${crypto.randomUUID().replaceAll('-', '')}`;
	const from = template('postgresTemplate');
	await adminQuery(admin, `create database ${name}${from ? ` template ${from}` : ''}`);
	const url = new URL(admin);
	url.pathname = `/${name}`;
	const db = await openDb({ databaseUrl: url.toString() });
	return {
		db,
		async dispose() {
			await db.close();
			await adminQuery(admin, `drop database if exists ${name} with (force)`);
		}
	};
}

/**
 * A suite's database: a fresh one of `kind`, opened before the suite's tests (handed to `ready`,
 * which may set up more) and removed after them.
 */
export function withFreshDb(kind: DbKind, ready: (db: Db) => unknown): void {
	let opened: { db: Db; dispose(): Promise<void> } | undefined;
	beforeAll(async () => {
		opened = await freshDb(kind);
		await ready(opened.db);
	}, 60_000);
	afterAll(() => opened?.dispose());
}

/** Runs one statement (create/drop database…) on its own connection to `url`. */
export async function adminQuery(url: string, statement: string): Promise<void> {
	const { default: pg } = await import('pg');
	const client = new pg.Client({ connectionString: url });
	client.on('error', () => {});
	await client.connect();
	try {
		await client.query(statement);
	} finally {
		await client.end();
	}
}

/** Runs `work` on a new, empty (unmigrated) database of the PostgreSQL at `admin`, then drops it. */
export async function withScratchPostgres(
	admin: string,
	work: (url: URL) => Promise<void>
): Promise<void> {
	const name = `t_${crypto.randomUUID().replaceAll('-', '')}`;
	await adminQuery(admin, `create database ${name}`);
	try {
		const url = new URL(admin);
		url.pathname = `/${name}`;
		await work(url);
	} finally {
		await adminQuery(admin, `drop database if exists ${name} with (force)`);
	}
}

let counter = 0;
const nextId = (prefix: string) =>
	`${prefix}-${String(++counter)}-${crypto.randomUUID().slice(0, 8)}`;

/** An organisation with an owner. */
export async function addOrg(db: Db, name = '한국서비스품질원') {
	const id = nextId('o');
	await db.orm.insert(organisations).values({ id, name });
	const owner = await addMember(db, '기관 관리자');
	await db.orm.insert(orgMembers).values({ orgId: id, memberId: owner.id, role: 'owner' });
	return { id, owner };
}

/** A member (no sign-in method; sessions are made directly). */
export async function addMember(db: Db, displayName: string) {
	const id = nextId('m');
	await db.orm.insert(members).values({ id, userId: id, displayName });
	return { id, displayName };
}

/** A campaign row of an organisation with the given JSON body (id = body.id when present). */
export async function addCampaign(db: Db, orgId: string, body: { id?: string } & object = {}) {
	const id = body.id ?? crypto.randomUUID();
	await db.orm.insert(campaigns).values({ id, orgId, body: { ...body, id } });
	return id;
}

export async function grant(db: Db, campaignId: string, memberId: string, role: CampaignRole) {
	await db.orm.insert(campaignMembers).values({ campaignId, memberId, role });
}

/** A member granted `role` in a campaign and signed in. */
export async function addPerson(
	db: Db,
	campaignId: string,
	displayName: string,
	role: CampaignRole
) {
	const m = await addMember(db, displayName);
	await grant(db, campaignId, m.id, role);
	return { ...m, session: (await signedIn(db, m.id)).session };
}

/** An organisation with a campaign (the given JSON body) and its coordinator, signed in. */
export async function addCoordinatedCampaign(
	db: Db,
	coordinatorName = '조정자',
	body: object = {}
) {
	const org = await addOrg(db);
	const campaignId = await addCampaign(db, org.id, body);
	const coordinator = await addPerson(db, campaignId, coordinatorName, 'coordinator');
	return { org, campaignId, coordinator };
}

/** A signed-in session of a member: its cookie token and the session as handlers see it. */
export async function signedIn(
	db: Db,
	memberId: string
): Promise<{ token: string; session: Session }> {
	const { token } = await createSession(db, memberId);
	const session = await findSession(db, token);
	if (!session) throw new Error('session not found');
	return { token, session };
}
