import { eq, sql } from 'drizzle-orm';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { health } from '../health';
import { openDb, rowsOf, type Db } from './index';
import { evaluations, campaigns, members, organisations, serverMeta } from './schema';

const journal = JSON.parse(
	readFileSync(new URL('../../../../drizzle/meta/_journal.json', import.meta.url), 'utf8')
) as { entries: unknown[] };
const migrations = journal.entries.length;

/** Migrates, then writes and reads back through the schema: the round trip every driver must pass. */
async function roundTrip(db: Db) {
	expect(await health(db)).toEqual({ ok: true, db: db.kind, schema: migrations });
	const tables = await db.orm.execute<{ name: string }>(
		sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`
	);
	expect(rowsOf<{ name: string }>(tables).map((t) => t.name)).toEqual([
		'assignments',
		'auth_attempts',
		'auth_challenges',
		'blob_upload_parts',
		'blob_uploads',
		'blobs',
		'calibration_raters',
		'calibration_ratings',
		'calibration_sessions',
		'campaign_check_counts',
		'campaign_members',
		'campaign_settings',
		'campaign_tallies',
		'campaigns',
		'credentials',
		'device_keys',
		'dispute_files',
		'disputes',
		'evaluation_conflicts',
		'evaluations',
		'expired_audio',
		'invites',
		'members',
		'org_members',
		'organisations',
		'passwords',
		'plans',
		'review_events',
		'scenarios',
		'scheduled_releases',
		'server_meta',
		'server_revisions',
		'sessions'
	]);

	const suffix = crypto.randomUUID();
	await db.orm.insert(organisations).values({ id: `o-${suffix}`, name: '테스트 기관' });
	await db.orm
		.insert(members)
		.values({ id: `m-${suffix}`, userId: `u-${suffix}`, displayName: '김' });
	await db.orm
		.insert(campaigns)
		.values({ id: `c-${suffix}`, orgId: `o-${suffix}`, body: { name: '고객센터' } });
	const written = await db.orm
		.insert(evaluations)
		.values(
			[1, 2].map((n) => ({
				id: `e${n}-${suffix}`,
				campaignId: `c-${suffix}`,
				shopperMemberId: `m-${suffix}`,
				version: n,
				deviceId: 'd-test',
				body: { n, text: '응대' }
			}))
		)
		.returning({ id: evaluations.id, seq: evaluations.seq });
	expect(written).toHaveLength(2);
	expect(written[1]!.seq).toBeGreaterThan(written[0]!.seq);

	const read = await db.orm
		.select()
		.from(evaluations)
		.where(eq(evaluations.campaignId, `c-${suffix}`))
		.orderBy(evaluations.seq);
	expect(read.map((e) => e.body)).toEqual([
		{ n: 1, text: '응대' },
		{ n: 2, text: '응대' }
	]);
	expect(read.every((e) => e.deleted === false && e.receivedAt instanceof Date)).toBe(true);

	// A foreign key is enforced: no evaluation of an unknown campaign.
	await expect(
		db.orm.insert(evaluations).values({
			id: `x-${suffix}`,
			campaignId: 'no-such-campaign',
			shopperMemberId: `m-${suffix}`,
			version: 1,
			deviceId: 'd-test',
			body: {}
		})
	).rejects.toThrow();

	await db.orm
		.insert(serverMeta)
		.values({ key: `k-${suffix}`, value: { ok: true } })
		.onConflictDoNothing();
	const meta = await db.orm
		.select()
		.from(serverMeta)
		.where(eq(serverMeta.key, `k-${suffix}`));
	expect(meta[0]?.value).toEqual({ ok: true });
}

describe('embedded database (PGlite)', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'ks1006-db-'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('migrates a new data folder and round-trips rows', { timeout: 60_000 }, async () => {
		const db = await openDb({ dataDir: dir });
		try {
			expect(db.kind).toBe('pglite');
			await roundTrip(db);
		} finally {
			await db.close();
		}
	});

	it(
		'reopens the same folder with its data and no migration applied twice',
		{ timeout: 60_000 },
		async () => {
			const db = await openDb({ dataDir: dir });
			try {
				expect(await db.migrationCount()).toBe(migrations);
				const rows = await db.orm.select().from(evaluations);
				expect(rows).toHaveLength(2);
			} finally {
				await db.close();
			}
		}
	);
});

const url = process.env.TEST_DATABASE_URL;

describe('PostgreSQL server (TEST_DATABASE_URL)', () => {
	it.skipIf(!url)(
		url
			? 'migrates and round-trips rows'
			: 'skipped: TEST_DATABASE_URL is not set (.ci/run sets it)',
		{ timeout: 60_000 },
		async () => {
			const db = await openDb({ databaseUrl: url });
			try {
				expect(db.kind).toBe('postgres');
				await roundTrip(db);
				// Opening again applies nothing new.
				const again = await openDb({ databaseUrl: url });
				try {
					expect(await again.migrationCount()).toBe(migrations);
				} finally {
					await again.close();
				}
			} finally {
				await db.close();
			}
		}
	);
});
