// The edges only the real server shows (`node build/index.js`, adapter-node in front of the
// app): its body size limit at the app's limits (limit accepted, one byte more 413 with the
// limit, never 500), the security headers on pages, files and the API, 415 for bodies that are
// not JSON, photos sent without a Content-Type or empty, and text the database cannot store in
// an address.
import { expect, test } from '@playwright/test';
import { BODY_LIMITS } from '../src/lib/domain/sync/limits.js';
import {
	teamEvaluation,
	freshServerData,
	serverDbKinds,
	setUpTeam,
	sha256Hex,
	startServer,
	testSetupToken,
	type RunningServer,
	type ServerData,
	type TeamClient
} from './server-helpers';

test.describe.configure({ mode: 'serial' });

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A body of exactly `bytes` bytes: the JSON, then spaces (still the same JSON). */
function padded(json: unknown, bytes: number): Uint8Array {
	const text = utf8(JSON.stringify(json));
	if (text.length > bytes) throw new Error(`the JSON alone has ${text.length} bytes`);
	const out = new Uint8Array(bytes).fill(0x20);
	out.set(text);
	return out;
}

/** A body sent without a Content-Length (chunked), in pieces of 1 MiB. */
function chunked(bytes: Uint8Array): ReadableStream<Uint8Array> {
	let at = 0;
	return new ReadableStream({
		pull(c) {
			if (at >= bytes.length) return c.close();
			c.enqueue(bytes.subarray(at, at + 1024 * 1024));
			at += 1024 * 1024;
		}
	});
}

for (const kind of serverDbKinds()) {
	test.describe(`the server's edges on ${kind}`, () => {
		let data: ServerData;
		let server: RunningServer;
		let phone: TeamClient;
		let campaignId: string;
		test.beforeAll(async () => {
			data = await freshServerData(kind);
			const setupToken = testSetupToken();
			server = await startServer({ ...data, setupToken });
			const team = await setUpTeam(server.origin, setupToken, 1);
			phone = team.phones[0]!;
			campaignId = team.campaignId;
		});
		test.afterAll(async () => {
			await server?.stop();
			await data?.dispose();
		});

		test('every answer carries the frame policy, nosniff and the referrer policy: pages, files, shell, API', async () => {
			const paths = [
				'/',
				'/campaigns',
				'/manifest.webmanifest',
				'/favicon.svg',
				'/evaluations/some-id/pre',
				'/api/v1/health',
				'/api/v1/no-such-thing'
			];
			for (const path of paths) {
				const response = await fetch(`${server.origin}${path}`);
				const h = response.headers;
				expect(h.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
				expect(h.get('x-content-type-options'), path).toBe('nosniff');
				expect(h.get('referrer-policy'), path).toBe('no-referrer');
			}
			const page = await fetch(`${server.origin}/`);
			// The page's own (meta) policy stays the full one.
			expect(await page.text()).toMatch(/<meta http-equiv="content-security-policy"/);
		});

		test('a push of exactly the limit is taken; one byte more is 413 with the limit, also sent without a length', async () => {
			const limit = BODY_LIMITS.records;
			const record = teamEvaluation({
				id: crypto.randomUUID(),
				campaignId,
				deviceId: phone.key!.deviceId
			});
			const body = await phone.pushBody([record]);
			const send = (bytes: Uint8Array | ReadableStream<Uint8Array>) =>
				phone.raw('POST', '/push', {
					body: bytes as BodyInit,
					headers: { 'content-type': 'application/json' }
				});
			const at = await send(padded(body, limit));
			expect(at.status).toBe(200);
			expect((await at.json()).results[0].status).toBe(201);
			for (const over of [padded(body, limit + 1), chunked(padded(body, limit + 1))]) {
				const refused = await send(over);
				expect(refused.status).toBe(413);
				expect(await refused.json()).toMatchObject({ error: 'too-large', limit });
			}
		});

		test('a photo or dispute file of exactly 10 MiB in one part is stored; one byte more is 413, never 500', async () => {
			const limit = BODY_LIMITS.blob;
			const file = new Uint8Array(limit).map((_, i) => (i * 31) % 251);
			const put = (hex: string, body: Uint8Array | ReadableStream<Uint8Array>) =>
				phone.raw('PUT', `/blobs/${hex}`, {
					body: body as BodyInit,
					headers: { 'content-type': 'application/octet-stream' }
				});
			const stored = await put(await sha256Hex(file), file);
			expect(stored.status).toBe(201);
			const bigger = new Uint8Array(limit + 1).fill(3);
			const hex = await sha256Hex(bigger);
			for (const body of [bigger, chunked(bigger)]) {
				const refused = await put(hex, body);
				expect(refused.status).toBe(413);
				expect(await refused.json()).toMatchObject({ error: 'too-large', limit });
			}
		});

		test('JSON endpoints answer 415 to text/plain and form bodies', async () => {
			const json = JSON.stringify(await phone.pushBody([]));
			for (const type of ['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded']) {
				const response = await phone.raw('POST', '/push', {
					body: json,
					headers: { 'content-type': type }
				});
				expect(response.status, type).toBe(415);
				expect(await response.json()).toMatchObject({ error: 'unsupported-media-type' });
			}
		});

		test('a photo sent without a Content-Type is stored as sent; an empty one is 422', async () => {
			const photo = utf8(`\u00ff\u00d8\u00ff photo bytes ${crypto.randomUUID()}`);
			const hex = await sha256Hex(photo);
			// fetch sets no Content-Type for raw bytes.
			const response = await phone.raw('PUT', `/blobs/${hex}`, { body: photo });
			expect(response.status).toBe(201);
			const head = await phone.raw('HEAD', `/blobs/${hex}`);
			expect(head.headers.get('content-length')).toBe(String(photo.length));
			const empty = await phone.raw('PUT', `/blobs/${await sha256Hex(new Uint8Array(0))}`, {
				body: new Uint8Array(0),
				headers: { 'content-type': 'image/jpeg' }
			});
			expect(empty.status).toBe(422);
			expect(await empty.json()).toMatchObject({ error: 'empty' });
		});

		test('an address holding a NUL is 422 naming the parameter, not a 500 from the database', async () => {
			const response = await phone.raw('GET', '/campaigns/x%00y/members');
			expect(response.status).toBe(422);
			expect((await response.json()).message).toMatch(/^id: contains a NUL character/);
		});
	});
}
