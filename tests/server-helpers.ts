// Helpers of the server tests (tests/server-*.spec.ts): a fresh place for a server's data (a
// temp folder for the embedded database, or a new PostgreSQL database when TEST_DATABASE_URL
// is set), the built server started with its answers checked against the route table, and the
// team client shared with the server benchmark (src/lib/testing/team-*.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import pg from 'pg';
import type { Evaluation } from '../src/lib/domain/record/evaluation';
import { TeamRequestError } from '../src/lib/sync/http';
import type { TeamClient } from '../src/lib/testing/team-client';
import {
	sleep,
	startServer as startBuiltServer,
	type RunningServer,
	type ServerOptions
} from '../src/lib/testing/team-server';

export * from '../src/lib/testing/team-client';
export * from '../src/lib/testing/team-records';
export { sleep, type RunningServer };

/** The built server, every answer checked against its route's output schema. */
export function startServer(options: ServerOptions): Promise<RunningServer> {
	return startBuiltServer({ ...options, env: { CHECK_API_OUTPUT: '1', ...options.env } });
}

export type ServerDbKind = 'pglite' | 'postgres';

/** The databases a server test runs against: the embedded one always, PostgreSQL when set. */
export function serverDbKinds(): ServerDbKind[] {
	return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface ServerData {
	dataDir: string;
	/** Set for PostgreSQL: the new database's address. */
	databaseUrl?: string;
	dispose(): Promise<void>;
}

/** A new, empty place for one server's data. */
export async function freshServerData(kind: ServerDbKind): Promise<ServerData> {
	const dataDir = mkdtempSync(join(tmpdir(), 'ks1006-server-test-'));
	if (kind === 'pglite') {
		return { dataDir, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
	}
	const admin = process.env.TEST_DATABASE_URL;
	if (!admin) throw new Error('TEST_DATABASE_URL is not set');
	const name = `srv_${crypto.randomUUID().replaceAll('-', '')}`;
	await adminQuery(admin, `create database ${name}`);
	const url = new URL(admin);
	url.pathname = `/${name}`;
	return {
		dataDir,
		databaseUrl: url.toString(),
		async dispose() {
			try {
				await adminQuery(admin, `drop database if exists ${name} with (force)`);
			} finally {
				rmSync(dataDir, { recursive: true, force: true });
			}
		}
	};
}

/** Runs one statement (create/drop database) on its own connection to `url`. */
async function adminQuery(url: string, statement: string): Promise<void> {
	const client = new pg.Client({ connectionString: url });
	client.on('error', () => {});
	await client.connect();
	try {
		await client.query(statement);
	} finally {
		await client.end();
	}
}

/** A setup token for one test's server. */
export const testSetupToken = () => `test-setup-${crypto.randomUUID()}`;

/** Runs `fn` until it resolves, waiting `delayMs` between tries, for at most `timeoutMs`. */
export async function retrying<T>(
	fn: () => Promise<T>,
	{ timeoutMs = 60_000, delayMs = 200 }: { timeoutMs?: number; delayMs?: number } = {}
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			return await fn();
		} catch (error) {
			if (Date.now() > deadline) throw error;
			await new Promise((resolve) => setTimeout(resolve, delayMs));
		}
	}
}

export const uuid = () => crypto.randomUUID();

/** Latest version of every record id in a pull, failing on an id seen twice. */
export function byId(items: { evaluation: Evaluation }[]): Map<string, number> {
	const out = new Map<string, number>();
	for (const item of items) {
		expect(out.has(item.evaluation.id), `id ${item.evaluation.id} pulled twice`).toBe(false);
		out.set(item.evaluation.id, item.evaluation.version);
	}
	return out;
}

/** Fails unless the items' seq numbers strictly increase. */
export function strictlyIncreasing(items: { seq: number }[]) {
	for (let i = 1; i < items.length; i++) {
		expect(items[i]!.seq, `seq at ${i}`).toBeGreaterThan(items[i - 1]!.seq);
	}
}

/**
 * Pushes the queue in batches until every version is acknowledged (201 or 200); a failed
 * request (network, 5xx) leaves its batch in the queue to be sent again.
 */
export async function pushUntilAcknowledged(
	phone: TeamClient,
	queue: Evaluation[],
	{
		batch = 10,
		timeoutMs = 90_000,
		failures = [] as string[]
	}: { batch?: number; timeoutMs?: number; failures?: string[] } = {}
) {
	const deadline = Date.now() + timeoutMs;
	while (queue.length > 0) {
		if (Date.now() > deadline) throw new Error(`${queue.length} records never acknowledged`);
		const records = queue.slice(0, batch);
		try {
			const { results } = await phone.push(records);
			for (const r of results) {
				expect([200, 201], `${r.id} v${r.version}: ${r.message ?? ''}`).toContain(r.status);
			}
			queue.splice(0, records.length);
		} catch (error) {
			// A refusal is final; no answer (status 0) or a server failure is sent again.
			if (!(error instanceof TeamRequestError) || (error.status > 0 && error.status < 500)) {
				throw error;
			}
			failures.push(`${error.status} ${error.code}: ${error.message}`);
			await sleep(200);
		}
	}
}
