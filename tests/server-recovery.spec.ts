// The team server recovering from faults, through its real HTTP API (no browser): PostgreSQL
// restarted during sync, and a photo upload cut mid-way. Each test starts its own
// `node build/index.js` on a free port with its own data and setup token.
import { exec } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { syncRoutes } from '../src/lib/domain/sync/routes';
import {
	byId,
	freshServerData,
	pushUntilAcknowledged,
	retrying,
	setUpTeam,
	sha256Hex,
	sleep,
	startServer,
	strictlyIncreasing,
	teamEvaluation,
	testSetupToken,
	uuid
} from './server-helpers';

// One server at a time: the machine is small, and timings matter to the fault tests.
test.describe.configure({ mode: 'serial' });

test('PostgreSQL restarted during sync: the app stays up, clients retry and converge', async () => {
	const restart = process.env.TEST_PG_CTL;
	test.skip(
		!restart || !process.env.TEST_DATABASE_URL,
		'set TEST_DATABASE_URL and TEST_PG_CTL (a command that restarts that PostgreSQL) to run this'
	);
	const data = await freshServerData('postgres');
	const setupToken = testSetupToken();
	// One app process and no supervisor: it must live through the restart on its own.
	const server = await startServer({
		dataDir: data.dataDir,
		databaseUrl: data.databaseUrl,
		setupToken
	});
	let exited: string | undefined;
	server.child.once('exit', (code, signal) => {
		exited = `exited with ${code ?? signal}:\n${server.output().split('\n').slice(-20).join('\n')}`;
	});
	const alive = () => expect(exited, 'the app process').toBeUndefined();
	try {
		const { owner, phones, campaignId } = await setUpTeam(server.origin, setupToken, 3);
		const sent = phones.map((phone, p) =>
			Array.from({ length: 60 }, (_, n) =>
				teamEvaluation({ id: uuid(), campaignId, deviceId: phone.key.deviceId, n: p * 60 + n })
			)
		);
		const queues = sent.map((records) => [...records]);
		const failures: string[] = [];
		let restarted = false;
		const restarter = (async () => {
			// Once some batches are in, restart PostgreSQL under the running pushes.
			while (queues.reduce((n, q) => n + q.length, 0) > 150) await sleep(20);
			await run(restart!);
			restarted = true;
		})();
		await Promise.all([
			restarter,
			...phones.map((phone, p) => pushUntilAcknowledged(phone, queues[p]!, { batch: 5, failures }))
		]);
		expect(restarted).toBe(true);
		alive();
		// A request caught by the restart was answered 503 "try again" (never a bare 500).
		for (const failure of failures) expect(failure).not.toMatch(/^500 /);
		for (const failure of failures.filter((f) => f.startsWith('503 '))) {
			expect(failure).toMatch(/^503 unavailable:/);
		}

		// Every client converges: the coordinator sees all 180 once, each shopper their own 60.
		const { items } = await retrying(() => owner.pullAll());
		strictlyIncreasing(items);
		const stored = byId(items);
		expect(stored.size).toBe(180);
		for (const e of sent.flat()) expect(stored.get(e.id)).toBe(e.version);
		for (const [p, phone] of phones.entries()) {
			const own = byId((await phone.pullAll()).items);
			expect(own).toEqual(new Map(sent[p]!.map((e) => [e.id, e.version])));
		}
		// Sending everything again stores nothing twice.
		for (const [p, phone] of phones.entries()) {
			for (let i = 0; i < 60; i += 20) {
				const { results } = await phone.push(sent[p]!.slice(i, i + 20));
				expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
			}
		}
		expect((await owner.pullAll(items.at(-1)!.seq)).items).toEqual([]);
		console.log(
			`${failures.length} request(s) failed while PostgreSQL restarted and were sent again:`,
			[...new Set(failures.map((f) => f.slice(0, 160)))].join('\n')
		);
		alive();
		expect(server.child.exitCode).toBeNull();
		expect(server.child.signalCode).toBeNull();
	} catch (error) {
		console.log(exited ?? server.output().split('\n').slice(-40).join('\n'));
		throw error;
	} finally {
		await server.stop();
		await data.dispose();
	}
});

/** Runs a shell command without blocking this process (the pushes go on meanwhile). */
function run(command: string): Promise<void> {
	return new Promise((resolve, reject) => {
		exec(command, { timeout: 60_000 }, (error) => (error ? reject(error) : resolve()));
	});
}

test('a photo upload cut mid-way resumes from the offset the server reports', async () => {
	const data = await freshServerData('pglite');
	const setupToken = testSetupToken();
	const server = await startServer({ dataDir: data.dataDir, setupToken });
	try {
		const { owner, phones, campaignId } = await setUpTeam(server.origin, setupToken, 1);
		const phone = phones[0]!;
		const photo = new Uint8Array(300 * 1024);
		for (let i = 0; i < photo.length; i++) photo[i] = (i * 31 + (i >> 8)) & 0xff;
		const hash = await sha256Hex(photo);
		const total = photo.length;
		const part = 100 * 1024;

		// The record naming the photo arrives first and waits for it.
		const record = teamEvaluation({
			id: uuid(),
			campaignId,
			deviceId: phone.key.deviceId,
			evidence: [`sha256-${hash}`]
		});
		const pushed = await phone.push([record]);
		expect(pushed.results[0]).toMatchObject({ status: 201, missingBlobs: [`sha256-${hash}`] });

		const head = async () => {
			const r = await phone.api.request(syncRoutes.blobState, { params: { sha256: hash } });
			return {
				status: r.status,
				offset: r.headers.get('upload-offset'),
				size: r.headers.get('content-length')
			};
		};
		expect(await head()).toMatchObject({ status: 404, offset: '0' });

		// First part arrives.
		const first = await phone.api.request(syncRoutes.putBlob, {
			params: { sha256: hash },
			body: photo.slice(0, part),
			headers: {
				'content-type': 'application/octet-stream',
				'content-range': `bytes 0-${part - 1}/${total}`
			}
		});
		expect(first.status).toBe(202);
		expect(await first.json()).toEqual({ offset: part });

		// The second part is cut after its first chunk: the network goes away mid-request.
		const cut = new AbortController();
		let sentChunk!: () => void;
		const chunkSent = new Promise<void>((resolve) => (sentChunk = resolve));
		const body = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(photo.slice(part, part + 16 * 1024));
				sentChunk();
			},
			pull: () => new Promise<void>(() => {})
		});
		const request = phone.api
			.request(syncRoutes.putBlob, {
				params: { sha256: hash },
				body,
				signal: cut.signal,
				headers: {
					'content-type': 'application/octet-stream',
					'content-range': `bytes ${part}-${total - 1}/${total}`
				}
			})
			.then(
				(r) => r.status,
				(e: Error) => e.name
			);
		await chunkSent;
		await sleep(300);
		cut.abort();
		expect(await request).toBe('AbortError');

		// The server kept what had arrived whole; the phone asks and resumes from there.
		const after = await retrying(
			async () => {
				const h = await head();
				expect(h).toMatchObject({ status: 404, offset: String(part) });
				return h;
			},
			{ timeoutMs: 10_000 }
		);
		const offset = Number(after.offset);
		// A part that does not start there is refused with the offset to use.
		const wrongStart = await phone.api.request(syncRoutes.putBlob, {
			params: { sha256: hash },
			body: photo.slice(offset + 1),
			headers: {
				'content-type': 'application/octet-stream',
				'content-range': `bytes ${offset + 1}-${total - 1}/${total}`
			}
		});
		expect(wrongStart.status).toBe(409);
		expect(wrongStart.headers.get('upload-offset')).toBe(String(offset));

		const rest = await phone.api.request(syncRoutes.putBlob, {
			params: { sha256: hash },
			body: photo.slice(offset),
			headers: {
				'content-type': 'application/octet-stream',
				'content-range': `bytes ${offset}-${total - 1}/${total}`
			}
		});
		expect(rest.status).toBe(201);
		expect(await head()).toMatchObject({ status: 200, size: String(total) });
		const stored = await phone.api.request(syncRoutes.getBlob, { params: { sha256: hash } });
		expect(stored.status).toBe(200);
		expect(await sha256Hex(new Uint8Array(await stored.arrayBuffer()))).toBe(hash);
		// The record is complete now, for everyone who reads it.
		const pulled = (await owner.pullAll()).items.find((i) => i.evaluation.id === record.id);
		expect(pulled?.complete).toBe(true);

		// Bytes that do not hash to their address are refused and not kept.
		const other = photo.slice(0, 50_000);
		other[0] = other[0]! ^ 0xff;
		const claimed = await sha256Hex(photo.slice(0, 50_000));
		const wrong = await phone.api.request(syncRoutes.putBlob, {
			params: { sha256: claimed },
			body: other,
			headers: {
				'content-type': 'application/octet-stream',
				'content-range': `bytes 0-${other.length - 1}/${other.length}`
			}
		});
		expect(wrong.status).toBe(422);
		expect((await wrong.json()).error).toBe('hash-mismatch');
		const gone = await phone.api.request(syncRoutes.blobState, { params: { sha256: claimed } });
		expect(gone.status).toBe(404);
	} finally {
		await server.stop();
		await data.dispose();
	}
});
