// Team server figures (`npm run bench:server`, after `npx vite build`; a TypeScript script run by
// scripts/run.js, with the app's own client and record operations). Prints, asserts nothing:
//   (a) push throughput through the real HTTP server (signed pushes, 50 records a request, 4
//       phones at once) beside a raw INSERT of the same rows into the same table, on the
//       embedded database and on PostgreSQL (BENCH_DATABASE_URL or TEST_DATABASE_URL: an
//       admin address; a new database is made and dropped). Target: sync ≥ 0.7 of raw.
//   (b) a fresh phone browser pulling 10,000 evaluations. Target ≤ 5 s.
//   (c) GET /campaigns/:id/aggregate over 100,000 evaluations, median of 5. Target ≤ 300 ms.
//   (d) a call recording's shared copy of one hour (57.6 MB) sent in 256 KB parts as the phone
//       sends it: the whole upload, the median part early and late (stays flat: each part is
//       kept on its own), and the final join.
// BENCH_PUSH=<n> (default 2000), BENCH_AGGREGATE=<n> (default 100000), BENCH_PULL=<n>
// (default 10000) change the sizes; BENCH_ONLY=push,pull,aggregate,upload picks parts.
import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { addRecording } from '$lib/domain/editing/recordings';
import { MAX_RECORDING_MS } from '$lib/domain/record/common';
import { MAX_COPY_BYTES } from '$lib/domain/recording/copy';
import { syncRoutes } from '$lib/domain/sync/routes';
import { setUpTeam } from '$lib/testing/team-client';
import { teamEvaluation } from '$lib/testing/team-records';
import { ROOT, startServer, type RunningServer } from '$lib/testing/team-server';
import { benchBrowserPull } from './lib/bench-pull';

const uuid = () => crypto.randomUUID();

const PUSH_N = Number(process.env.BENCH_PUSH ?? 2000);
const AGG_N = Number(process.env.BENCH_AGGREGATE ?? 100_000);
const PULL_N = Number(process.env.BENCH_PULL ?? 10_000);
const ONLY = new Set((process.env.BENCH_ONLY ?? 'push,pull,aggregate,upload').split(','));
const PG_ADMIN = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || '';
/** BENCH_PROFILE=<folder>: the servers of the push part write a V8 CPU profile there. */
const PROFILE = process.env.BENCH_PROFILE;
const profileArgs = (name: string) =>
	PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`, `--cpu-prof-name=${name}.cpuprofile`] : [];

if (!existsSync(join(ROOT, 'build/index.js'))) {
	console.error('Build the app first: npx vite build');
	process.exit(1);
}

const fmt = (n: number, digits = 0) =>
	n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

type Kind = 'pglite' | 'postgres';
interface Place {
	kind: Kind;
	dataDir: string;
	databaseUrl?: string;
	dispose(): Promise<void>;
}
type Row = Record<string, unknown>;
interface Query {
	query(text: string, params?: unknown[]): Promise<Row[]>;
}
interface Sql extends Query {
	transaction(fn: (tx: Query) => Promise<void>): Promise<unknown>;
	close(): Promise<void>;
}

/** A fresh place for one server: a temp folder, plus a new PostgreSQL database for 'postgres'. */
async function freshPlace(kind: Kind): Promise<Place> {
	const dataDir = mkdtempSync(join(tmpdir(), 'ks1006-bench-'));
	if (kind === 'pglite') {
		return {
			kind,
			dataDir,
			dispose: async () => rmSync(dataDir, { recursive: true, force: true })
		};
	}
	const admin = postgres(PG_ADMIN, { max: 1, onnotice: () => {} });
	const name = `bench_${uuid().replaceAll('-', '')}`;
	await admin.unsafe(`create database ${name}`);
	const url = new URL(PG_ADMIN);
	url.pathname = `/${name}`;
	return {
		kind,
		dataDir,
		databaseUrl: url.toString(),
		async dispose() {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

/**
 * Direct SQL on the place's database. The embedded database belongs to one process at a time,
 * so for PGlite the server must be stopped while this is open.
 */
async function openSql(place: Place): Promise<Sql> {
	if (place.kind === 'pglite') {
		const db = await PGlite.create(place.dataDir);
		type Queryable = Pick<PGlite, 'query'>;
		const query = (q: Queryable) => async (text: string, params?: unknown[]) =>
			(await q.query<Row>(text, params)).rows;
		return {
			query: query(db),
			transaction: (fn) => db.transaction((tx) => fn({ query: query(tx) })),
			close: () => db.close()
		};
	}
	const sql = postgres(place.databaseUrl!, { max: 1, onnotice: () => {} });
	type Params = postgres.ParameterOrJSON<never>[];
	return {
		query: (text, params) => sql.unsafe<Row[]>(text, params as Params),
		transaction: (fn) =>
			sql.begin((tx) => fn({ query: (text, params) => tx.unsafe<Row[]>(text, params as Params) })),
		close: () => sql.end()
	};
}

/** Columns the server writes for a pushed record (`released_*` stay null on a new record). */
const EVALUATION_COLUMNS: [string, string][] = [
	['id', 'text'],
	['campaign_id', 'text'],
	['shopper_member_id', 'text'],
	['version', 'int'],
	['device_id', 'text'],
	['body', 'jsonb'],
	['deleted', 'boolean'],
	['received_at', 'timestamptz'],
	['signer_fingerprint', 'text'],
	['missing_blobs', 'jsonb'],
	['status', 'text'],
	['score', 'numeric'],
	['verdict', 'text'],
	['counts_in_reports', 'boolean'],
	['occurred_at', 'timestamptz'],
	['recheck_at', 'timestamptz']
];

const param = (v: unknown, type: string) =>
	v === null || v === undefined
		? null
		: type === 'jsonb'
			? JSON.stringify(v)
			: type === 'timestamptz'
				? new Date(v as string | number).toISOString()
				: v;

/**
 * Inserts `rows` (as `select *` gives them): `batch` records a statement (as a push request),
 * one transaction per batch, every record at a new cursor position, as the server writes them.
 */
async function insertRows(db: Sql, rows: Row[], batch = 50) {
	for (let i = 0; i < rows.length; i += batch) {
		const chunk = rows.slice(i, i + batch);
		const params: unknown[] = [];
		const values = chunk.map((r) => {
			const cells = EVALUATION_COLUMNS.map(([c, type]) => {
				params.push(param(r[c], type));
				return `$${params.length}::${type}`;
			});
			return `(${cells.join(', ')}, nextval(pg_get_serial_sequence('evaluations', 'seq')))`;
		});
		const insert = `insert into evaluations (${EVALUATION_COLUMNS.map(([c]) => c).join(', ')}, seq) values ${values.join(', ')}`;
		await db.transaction(async (tx) => {
			await tx.query(insert, params);
		});
	}
}

/** The rows the server stored for `ids`, copied under new ids. */
async function copiesOf(db: Sql, ids: string[]): Promise<Row[]> {
	const stored = await db.query(`select * from evaluations where id = any($1::text[])`, [ids]);
	const rows = stored.map((r) => {
		const id = uuid();
		return { ...r, id, source: r.id as string, body: { ...(r.body as object), id } };
	});
	// In the order they were pushed.
	const order = new Map(ids.map((id, i) => [id, i]));
	rows.sort((a, b) => order.get(a.source)! - order.get(b.source)!);
	return rows;
}

async function benchPush(kind: Kind) {
	const place = await freshPlace(kind);
	const setupToken = `bench-${uuid()}`;
	const server = await startServer({
		dataDir: place.dataDir,
		databaseUrl: place.databaseUrl,
		setupToken,
		nodeArgs: profileArgs(`push-${kind}`)
	});
	try {
		const phonesN = 4;
		const { phones, campaignId } = await setUpTeam(server.origin, setupToken, phonesN);
		const perPhone = Math.ceil(PUSH_N / phonesN);
		const sets = phones.map((phone, p) =>
			Array.from({ length: perPhone }, (_, n) =>
				teamEvaluation({
					id: uuid(),
					campaignId,
					deviceId: phone.key.deviceId,
					n: p * perPhone + n
				})
			)
		);
		// One warm-up request per phone (connections, JIT), not counted.
		await Promise.all(
			phones.map((phone) =>
				phone.push([teamEvaluation({ id: uuid(), campaignId, deviceId: phone.key.deviceId })])
			)
		);
		let refused = 0;
		const t0 = performance.now();
		await Promise.all(
			phones.map(async (phone, p) => {
				const records = sets[p]!;
				for (let i = 0; i < records.length; i += 50) {
					const { results } = await phone.push(records.slice(i, i + 50));
					refused += results.filter((r) => r.status !== 201).length;
				}
			})
		);
		const syncSeconds = (performance.now() - t0) / 1000;
		const total = perPhone * phonesN;
		const syncRate = total / syncSeconds;

		// The same rows the server stored (read back, new ids) straight into the same table:
		// 50 records a statement and one transaction a batch, as the push path.
		if (kind === 'pglite') await server.stop();
		const db = await openSql(place);
		const rows = await copiesOf(
			db,
			sets.flat().map((e) => e.id)
		);
		const t1 = performance.now();
		await insertRows(db, rows, 50);
		const rawSeconds = (performance.now() - t1) / 1000;
		await db.close();
		const rawRate = rows.length / rawSeconds;
		console.log(
			`(a) push ${kind.padEnd(8)} sync ${fmt(syncRate)} evaluations/s (${fmt(total)} in ${fmt(syncSeconds, 2)} s, 4 phones, 50 a request${refused ? `, ${refused} not 201!` : ''})` +
				` | raw INSERT, same rows, 50 a statement, a transaction each: ${fmt(rawRate)}/s (${fmt(rawSeconds, 2)} s)` +
				` | sync/raw ${fmt(syncRate / rawRate, 2)} (target ≥ 0.70)`
		);
	} finally {
		await server.stop();
		await place.dispose();
	}
}

/**
 * Copies every evaluation of the campaign (with its readings, as the server stored them on
 * push) `times` times under new ids, in statements of `perStatement` copies.
 */
async function replicate(db: Sql, campaignId: string, times: number, perStatement = 20) {
	const columns = (
		await db.query(
			`select column_name as name from information_schema.columns
			 where table_schema = 'public' and table_name = 'evaluations' order by ordinal_position`
		)
	)
		.map((c) => c.name as string)
		.filter((c) => !['id', 'body', 'seq'].includes(c));
	const list = columns.map((c) => `"${c}"`).join(', ');
	const from = columns.map((c) => `e."${c}"`).join(', ');
	await db.query(
		'create temp table bench_src as select id from evaluations where campaign_id = $1',
		[campaignId]
	);
	await db.query('create temp table bench_map (old text, new text)');
	for (let done = 0; done < times; done += perStatement) {
		const reps = Math.min(perStatement, times - done);
		await db.query('truncate bench_map');
		await db.query(
			`insert into bench_map select s.id, gen_random_uuid()::text from bench_src s, generate_series(1, ${reps})`
		);
		await db.query(
			`insert into evaluations (id, body, seq, ${list})
			 select m.new, jsonb_set(e.body, '{id}', to_jsonb(m.new)),
			        nextval(pg_get_serial_sequence('evaluations', 'seq')), ${from}
			 from bench_map m join evaluations e on e.id = m.old`
		);
	}
	await db.query('drop table bench_map');
	await db.query('drop table bench_src');
	// Rows written behind the server's back: its report tallies are rebuilt before the next report.
	await db.query('update campaigns set tallied = false where id = $1', [campaignId]);
}

async function benchAggregate(kind: Kind) {
	const place = await freshPlace(kind);
	const setupToken = `bench-${uuid()}`;
	let server: RunningServer = await startServer({
		dataDir: place.dataDir,
		databaseUrl: place.databaseUrl,
		setupToken
	});
	try {
		const { owner, phones, campaignId } = await setUpTeam(server.origin, setupToken, 1);
		const phone = phones[0]!;
		// 200 different evaluations pushed as a phone sends them (the server stores each with its
		// reading: status, score, verdict, and its campaign tallies), then copied in SQL up to the total.
		const distinct = Math.min(200, AGG_N);
		const patterns = Array.from({ length: distinct }, (_, n) =>
			teamEvaluation({ id: uuid(), campaignId, deviceId: phone.key.deviceId, n })
		);
		for (let i = 0; i < patterns.length; i += 50) {
			const { results } = await phone.push(patterns.slice(i, i + 50));
			const refused = results.filter((r) => r.status !== 201);
			if (refused.length) throw new Error(`push refused: ${JSON.stringify(refused[0])}`);
		}
		if (kind === 'pglite') await server.stop();
		const db = await openSql(place);
		const t0 = performance.now();
		await replicate(db, campaignId, Math.ceil(AGG_N / distinct) - 1);
		await db.query('analyze');
		const [{ n: stored }] = (await db.query(
			'select count(*)::int as n from evaluations where campaign_id = $1',
			[campaignId]
		)) as [{ n: number }];
		await db.close();
		const loadSeconds = (performance.now() - t0) / 1000;
		if (kind === 'pglite') {
			server = await startServer({ dataDir: place.dataDir, setupToken, port: server.port });
		}
		const times: number[] = [];
		let last = { status: 0, bytes: 0 };
		for (let i = 0; i < 6; i++) {
			const t = performance.now();
			const response = await owner.api.request(syncRoutes.aggregate, {
				params: { id: campaignId }
			});
			last = { status: response.status, bytes: (await response.text()).length };
			if (i > 0) times.push(performance.now() - t);
		}
		console.log(
			`(c) aggregate ${kind.padEnd(8)} ${fmt(stored)} evaluations: median ${fmt(median(times))} ms of 5 (${times.map((t) => fmt(t)).join(', ')}; target ≤ 300 ms)` +
				` | HTTP ${last.status}, ${fmt(last.bytes)} bytes | loaded in ${fmt(loadSeconds, 1)} s`
		);
	} finally {
		await server.stop();
		await place.dispose();
	}
}

async function benchUpload(kind: Kind) {
	const place = await freshPlace(kind);
	const setupToken = `bench-${uuid()}`;
	const server = await startServer({
		dataDir: place.dataDir,
		databaseUrl: place.databaseUrl,
		setupToken
	});
	try {
		const { phones, campaignId } = await setUpTeam(server.origin, setupToken, 1);
		const phone = phones[0]!;
		const bytes = new Uint8Array(MAX_COPY_BYTES);
		for (let i = 0; i < bytes.length; i += 4096) bytes[i] = (i / 4096) % 251;
		const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
		const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
		const record = addRecording(
			teamEvaluation({ id: uuid(), campaignId, deviceId: phone.key.deviceId }),
			{
				id: uuid(),
				copyId: `sha256-${sha256}`,
				originalSha256: sha256,
				name: 'bench.wav',
				mimeType: 'audio/wav',
				durationMs: MAX_RECORDING_MS,
				via: 'file',
				addedAt: Date.now(),
				mutes: []
			},
			{ at: Date.now(), by: phone.key.deviceId }
		);
		await phone.push([record]);
		const PART = 256 * 1024;
		const times: number[] = [];
		const t0 = performance.now();
		for (let start = 0; start < bytes.length; start += PART) {
			const end = Math.min(bytes.length, start + PART) - 1;
			const t = performance.now();
			await phone.api.send(syncRoutes.putBlob, {
				params: { sha256 },
				body: bytes.slice(start, end + 1),
				headers: {
					'content-type': 'application/octet-stream',
					'content-range': `bytes ${String(start)}-${String(end)}/${String(bytes.length)}`
				}
			});
			times.push(performance.now() - t);
		}
		const total = (performance.now() - t0) / 1000;
		const parts = times.slice(0, -1);
		console.log(
			`(d) upload ${kind.padEnd(8)} ${fmt(bytes.length / 1e6, 1)} MB in ${fmt(times.length)} parts of 256 KB: ${fmt(total, 1)} s` +
				` | median part ${fmt(median(parts.slice(0, 20)), 1)} ms first 20, ${fmt(median(parts.slice(-20)), 1)} ms last 20` +
				` | final join ${fmt(times.at(-1)!)} ms`
		);
	} finally {
		await server.stop();
		await place.dispose();
	}
}

const kinds: Kind[] = ['pglite', ...(PG_ADMIN ? (['postgres'] as const) : [])];
if (!PG_ADMIN) {
	console.log(
		'PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to an admin address)'
	);
}
for (const kind of kinds) {
	if (ONLY.has('push')) await benchPush(kind);
}
if (ONLY.has('pull')) await benchBrowserPull(PULL_N);
for (const kind of kinds) {
	if (ONLY.has('aggregate')) await benchAggregate(kind);
}
for (const kind of kinds) {
	if (ONLY.has('upload')) await benchUpload(kind);
}
