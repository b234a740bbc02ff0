// The team server under faults and load, through its real HTTP API (no browser): every test
// starts its own `node build/index.js` on a free port with its own data and setup token.
// A server killed mid-stream and many phones at once; a restarted database and a cut upload
// are in server-recovery.spec.ts.
import { expect, test } from '@playwright/test';
import { Evaluation } from '../src/lib/domain/record/evaluation';
import {
	byId,
	editEvaluation,
	freshServerData,
	pushUntilAcknowledged,
	serverDbKinds,
	setUpTeam,
	startServer,
	strictlyIncreasing,
	teamEvaluation,
	testSetupToken,
	uuid,
	type RunningServer
} from './server-helpers';

// One server at a time: the machine is small, and timings matter to the fault tests.
test.describe.configure({ mode: 'serial' });

for (const kind of serverDbKinds()) {
	test.describe(`team server on ${kind}`, () => {
		test('a server killed mid-stream of pushes loses nothing and stores each record once', async () => {
			const data = await freshServerData(kind);
			const setupToken = testSetupToken();
			const start = (port?: number) =>
				startServer({
					dataDir: data.dataDir,
					databaseUrl: data.databaseUrl,
					setupToken,
					port
				});
			let server: RunningServer | undefined = await start();
			try {
				const { phones, campaignId } = await setUpTeam(server.origin, setupToken, 1);
				const phone = phones[0]!;
				const deviceId = phone.key.deviceId;
				// 120 records, each pushed at a first version and later at the next one.
				const first = Array.from({ length: 120 }, (_, n) =>
					teamEvaluation({ id: uuid(), campaignId, deviceId, n })
				);
				const stream = [...first, ...first.map((e) => editEvaluation(e, deviceId))];
				expect(Evaluation.safeParse(stream[0]).error).toBeUndefined();
				expect(Evaluation.safeParse(stream.at(-1)).error).toBeUndefined();

				/** What the server acknowledged before it died: id → version. */
				const acknowledged = new Map<string, number>();
				const pending: Evaluation[] = [];
				let killed = false;
				const batches: Evaluation[][] = [];
				for (let i = 0; i < stream.length; i += 8) batches.push(stream.slice(i, i + 8));
				// Two devices' worth of concurrent requests; the kill lands while some are in flight.
				let next = 0;
				const worker = async () => {
					for (;;) {
						const i = next++;
						const records = batches[i];
						if (!records) return;
						if (killed) {
							pending.push(...records);
							continue;
						}
						if (i === 12) {
							killed = true;
							server!.child.kill('SIGKILL');
						}
						try {
							const { results } = await phone.push(records);
							for (const r of results) {
								expect([200, 201]).toContain(r.status);
								acknowledged.set(r.id, Math.max(acknowledged.get(r.id) ?? 0, r.version));
							}
						} catch {
							pending.push(...records);
						}
					}
				};
				await Promise.all([worker(), worker()]);
				expect(killed).toBe(true);
				expect(acknowledged.size).toBeGreaterThan(0);
				expect(pending.length).toBeGreaterThan(0);
				await server.stop();

				server = await start(server.port);
				// Before any retry: everything acknowledged is still there.
				const survived = byId((await phone.pullAll()).items);
				for (const [id, version] of acknowledged) {
					expect(survived.get(id), `acknowledged ${id} v${version}`).toBeGreaterThanOrEqual(
						version
					);
				}
				// The client sends everything not acknowledged again (in stream order).
				pending.sort((a, b) => stream.indexOf(a) - stream.indexOf(b));
				await pushUntilAcknowledged(phone, pending);

				const { items } = await phone.pullAll();
				strictlyIncreasing(items);
				const stored = byId(items);
				expect(stored.size).toBe(first.length);
				for (const e of first) expect(stored.get(e.id), e.id).toBe(e.version + 1);
			} finally {
				await server?.stop('SIGKILL');
				await data.dispose();
			}
		});

		test('50 phones pushing 20 evaluations each at once: 1,000 stored once, in seq order', async () => {
			const data = await freshServerData(kind);
			const setupToken = testSetupToken();
			const server = await startServer({
				dataDir: data.dataDir,
				databaseUrl: data.databaseUrl,
				setupToken
			});
			try {
				const { owner, phones, campaignId } = await setUpTeam(server.origin, setupToken, 50);
				const sent = phones.map((phone, p) =>
					Array.from({ length: 20 }, (_, n) =>
						teamEvaluation({ id: uuid(), campaignId, deviceId: phone.key.deviceId, n: p * 20 + n })
					)
				);
				// All at once; a request that fails on the way (a dropped connection under load) is
				// sent again, as a phone would.
				await Promise.all(
					phones.map((phone, p) => pushUntilAcknowledged(phone, [...sent[p]!], { batch: 20 }))
				);
				// The coordinator sees all of them, each once, in strictly increasing seq.
				const { items } = await owner.pullAll(0, 137);
				strictlyIncreasing(items);
				const stored = byId(items);
				expect(stored.size).toBe(1000);
				for (const e of sent.flat()) expect(stored.get(e.id)).toBe(e.version);
				// A shopper sees their own 20.
				const own = await phones[7]!.pullAll();
				expect(new Set(own.items.map((i) => i.evaluation.id))).toEqual(
					new Set(sent[7]!.map((e) => e.id))
				);
				// Sending everything again changes nothing.
				const again = await Promise.all(phones.map((phone, p) => phone.push(sent[p]!)));
				for (const { results } of again) {
					expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
				}
				expect((await owner.pullAll(items.at(-1)!.seq)).items).toEqual([]);
			} catch (error) {
				console.log(server.output(), server.child.exitCode, server.child.signalCode);
				throw error;
			} finally {
				await server.stop();
				await data.dispose();
			}
		});
	});
}
