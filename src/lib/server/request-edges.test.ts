// The edges of every request, as the hooks and the byte-reading handlers see them: sizes at
// their limit and one byte over (413 with the limit), bodies that are not JSON (415), an
// address holding text the database cannot store (422 before any query), the headers of every
// answer, photos sent empty or without a Content-Type, and /health while the database is down.
import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { BODY_LIMITS, type ApiErrorBody } from '$lib/domain/sync/protocol';
import { UNSTORABLE } from '$lib/domain/base/text';
import type { Db } from './db';
import { blobs } from './db/schema';
import { errorResponse, readJson } from './http/errors';
import { healthAnswer } from './health';
import { API_POLICY, PAGE_POLICY } from './security-headers.js';
import type { Session } from './auth/session';
import { testDatabaseKinds } from '../testing/server-db';
import { type Team, withTeamDb } from '../testing/server-team';

let db: Db;
vi.mock('$lib/server/db', async (importOriginal) => {
	const real = await importOriginal<typeof import('./db')>();
	return { ...real, getDb: () => Promise.resolve(db) };
});

const { handle } = await import('../../hooks.server');
const blobRoute = await import('../../routes/api/v1/blobs/[sha256]/+server');

type Handle = (input: {
	event: never;
	resolve: (event: never) => Promise<Response>;
}) => Promise<Response>;

/** Runs a request through the hook; `reached` says whether it got to the route. */
async function throughHook(
	path: string,
	init: { method?: string; headers?: Record<string, string>; params?: Record<string, string> } = {}
) {
	const url = new URL(`http://localhost${path}`);
	const request = new Request(url, { method: init.method ?? 'GET', headers: init.headers });
	let reached = false;
	const response = await (handle as unknown as Handle)({
		event: {
			url,
			request,
			params: init.params ?? {},
			locals: {},
			cookies: { get: () => undefined }
		} as never,
		resolve: () => {
			reached = true;
			return Promise.resolve(Response.json({ ok: true }));
		}
	});
	return { response, reached };
}

const hex = async (bytes: Uint8Array) =>
	Array.from(
		new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)),
		(b) => b.toString(16).padStart(2, '0')
	).join('');

/** A PUT of photo bytes to the blob route, as adapter-node hands it over. */
async function putBlob(
	session: Session,
	bytes: Uint8Array,
	{ type, stream = false }: { type?: string; stream?: boolean } = {}
) {
	const sha256 = await hex(bytes);
	const url = new URL(`http://localhost/api/v1/blobs/${sha256}`);
	const headers: Record<string, string> = type ? { 'content-type': type } : {};
	let request: Request;
	let platform: App.Platform | undefined;
	if (!type) {
		// adapter-node gives a request without a Content-Type no body; the bytes stay in the
		// Node request.
		request = new Request(url, {
			method: 'PUT',
			headers: { 'content-length': String(bytes.length) }
		});
		platform = { req: Readable.from(bytes.length ? [Buffer.from(bytes)] : []) as never };
	} else if (stream) {
		// Sent without a length (chunked): the limit is found while reading.
		const body = new ReadableStream({
			start(c) {
				c.enqueue(bytes);
				c.close();
			}
		});
		request = new Request(url, { method: 'PUT', headers, body, duplex: 'half' } as RequestInit);
	} else {
		request = new Request(url, { method: 'PUT', headers, body: bytes as Uint8Array<ArrayBuffer> });
	}
	return (blobRoute.PUT as unknown as (e: never) => Promise<Response>)({
		locals: { session },
		params: { sha256 },
		request,
		url,
		platform
	} as never);
}

describe('request edges in the hook (no database needed)', () => {
	it('a body of the limit goes on; one byte more is 413 with the limit, before the route', async () => {
		const cases: [string, string, number][] = [
			['POST', '/api/v1/push', BODY_LIMITS.records],
			['PUT', '/api/v1/evaluations/e-1', BODY_LIMITS.records],
			['PUT', `/api/v1/blobs/${'a'.repeat(64)}`, BODY_LIMITS.blob],
			['POST', '/api/v1/evaluations/e-1/disputes', BODY_LIMITS.json]
		];
		for (const [method, path, limit] of cases) {
			const type = path.includes('/blobs/') ? 'application/octet-stream' : 'application/json';
			const at = await throughHook(path, {
				method,
				headers: { 'content-type': type, 'content-length': String(limit) }
			});
			expect(at.reached, `${method} ${path}`).toBe(true);
			const over = await throughHook(path, {
				method,
				headers: { 'content-type': type, 'content-length': String(limit + 1) }
			});
			expect(over.reached).toBe(false);
			expect(over.response.status).toBe(413);
			const body = (await over.response.json()) as ApiErrorBody;
			expect(body).toMatchObject({ error: 'too-large', limit });
			expect(body.message).toContain(String(limit));
		}
	});

	it('a JSON endpoint answers 415 to text/plain and form bodies; JSON, bytes uploads and bodiless writes go on', async () => {
		for (const type of [
			'text/plain;charset=UTF-8',
			'application/x-www-form-urlencoded',
			'multipart/form-data; boundary=x'
		]) {
			const refused = await throughHook('/api/v1/push', {
				method: 'POST',
				headers: { 'content-type': type, 'content-length': '2' }
			});
			expect([refused.reached, refused.response.status]).toEqual([false, 415]);
			expect(await refused.response.json()).toMatchObject({ error: 'unsupported-media-type' });
		}
		// A body with no type at all is no JSON either.
		const untyped = await throughHook('/api/v1/push', {
			method: 'POST',
			headers: { 'content-length': '2' }
		});
		expect(untyped.response.status).toBe(415);
		for (const [method, path, headers] of [
			['POST', '/api/v1/push', { 'content-type': 'application/json; charset=utf-8' }],
			['PUT', `/api/v1/blobs/${'a'.repeat(64)}`, { 'content-type': 'application/octet-stream' }],
			['PUT', `/api/v1/blobs/${'a'.repeat(64)}`, { 'content-length': '3' }],
			['POST', '/api/v1/auth/signout', {}]
		] as const) {
			expect((await throughHook(path, { method, headers })).reached, `${method} ${path}`).toBe(
				true
			);
		}
	});

	it('a route parameter or query value holding NUL is 422 naming it', async () => {
		const nul = await throughHook('/api/v1/campaigns/x%00/members', { params: { id: 'x\u0000' } });
		expect([nul.reached, nul.response.status]).toEqual([false, 422]);
		expect(((await nul.response.json()) as ApiErrorBody).message).toBe(`id: ${UNSTORABLE.nul}`);
		const query = await throughHook(`/api/v1/pull?after=${encodeURIComponent('1\u0000')}`, {});
		expect(((await query.response.json()) as ApiErrorBody).message).toBe(
			`after: ${UNSTORABLE.nul}`
		);
	});

	it('every answer carries the policy, nosniff and the referrer policy; API answers their own policy', async () => {
		const api = (await throughHook('/api/v1/x', { params: { id: 'x\u0000' } })).response;
		const refusedApi = api.headers;
		const page = (await throughHook('/campaigns/abc')).response.headers;
		for (const headers of [refusedApi, page]) {
			expect(headers.get('x-content-type-options')).toBe('nosniff');
			expect(headers.get('referrer-policy')).toBe('no-referrer');
		}
		expect(refusedApi.get('content-security-policy')).toBe(API_POLICY);
		expect(refusedApi.get('cache-control')).toBe('no-store');
		expect(page.get('content-security-policy')).toBe(PAGE_POLICY);
		expect(PAGE_POLICY).toContain("frame-ancestors 'none'");
	});

	it("adapter-node's own limit (its body stream fails with a 413 error) is a JSON 413, never a 500", async () => {
		const adapterError = Object.assign(new Error('request body size exceeded BODY_SIZE_LIMIT'), {
			status: 413
		});
		const answer = errorResponse(adapterError);
		expect(answer.status).toBe(413);
		expect(await answer.json()).toMatchObject({ error: 'too-large', limit: BODY_LIMITS.blob });
	});

	it('a JSON body sent without a length: the limit is found while reading (413), the limit itself is read', async () => {
		const streamed = (text: string) =>
			new Request('http://localhost/api/v1/push', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: new ReadableStream({
					start(c) {
						c.enqueue(new TextEncoder().encode(text));
						c.close();
					}
				}),
				duplex: 'half'
			} as RequestInit);
		const limit = 1000;
		const json = (bytes: number) => `"${'x'.repeat(bytes - 2)}"`;
		expect(await readJson(streamed(json(limit)), limit)).toHaveLength(limit - 2);
		await expect(readJson(streamed(json(limit + 1)), limit)).rejects.toMatchObject({
			status: 413,
			limit
		});
		// Korean text counts in UTF-8 bytes: 334 characters of 3 bytes are over 1000.
		await expect(readJson(streamed(`"${'가'.repeat(334)}"`), limit)).rejects.toMatchObject({
			status: 413
		});
	});
});

describe.each(testDatabaseKinds())('photos and health (%s)', (kind) => {
	let tm: Team;
	withTeamDb(kind, (ready) => ({ db, tm } = ready));

	it('a photo sent without a Content-Type is read as its bytes (201), not as a hash mismatch', async () => {
		const bytes = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7) % 256);
		const answer = await putBlob(tm.shopper.session, bytes);
		expect(answer.status).toBe(201);
		expect(await answer.json()).toEqual({ offset: 5000 });
	});

	it('an empty photo is 422, with or without a type; nothing is stored', async () => {
		for (const type of [undefined, 'image/jpeg']) {
			const answer = await putBlob(tm.shopper.session, new Uint8Array(0), { type });
			expect(answer.status).toBe(422);
			expect(await answer.json()).toMatchObject({ error: 'empty' });
		}
		expect(await db.orm.select().from(blobs).where(eq(blobs.size, 0))).toEqual([]);
	});

	it('a photo of exactly 10 MiB in one part is stored; one byte more is 413 with the limit', async () => {
		const limit = BODY_LIMITS.blob;
		const at = new Uint8Array(limit).fill(7);
		at[0] = 1;
		const ok = await putBlob(tm.shopper.session, at, { type: 'application/octet-stream' });
		expect(ok.status).toBe(201);
		const over = new Uint8Array(limit + 1).fill(9);
		for (const stream of [false, true]) {
			const answer = await putBlob(tm.shopper.session, over, {
				type: 'application/octet-stream',
				stream
			});
			expect(answer.status).toBe(413);
			expect(await answer.json()).toMatchObject({ error: 'too-large', limit });
		}
	}, 60_000);

	it('/health answers 200 with the database, and JSON 503 with Retry-After without it', async () => {
		const up = await healthAnswer(() => Promise.resolve(db));
		expect(up.status).toBe(200);
		const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
			code: 'ECONNREFUSED'
		});
		const cannotOpen = await healthAnswer(() => Promise.reject(refused));
		const stopped = {
			...db,
			orm: { execute: () => Promise.reject(new Error('terminating connection')) }
		} as unknown as Db;
		const noAnswer = await healthAnswer(() => Promise.resolve(stopped));
		for (const down of [cannotOpen, noAnswer]) {
			expect(down.status).toBe(503);
			expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0);
			expect(await down.json()).toMatchObject({ error: 'unavailable' });
		}
	});
});
