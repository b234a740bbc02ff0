// The thin API routes over the services: statuses, headers and bodies as a client sees them.
import { describe, expect, it, vi } from 'vitest';
import type { Db } from '../db';
import type { Session } from '../auth/session';
import { testDatabaseKinds } from '../../testing/server-db';
import { answer } from '$lib/domain/editing';
import { ctxAt, T0 } from '$lib/testing/builders';
import { PullResponse } from '$lib/domain/sync/protocol';
import { evaluationOf, signRecords, type Team, withTeamDb } from '../../testing/server-team';

let current: Db | undefined;
vi.mock('$lib/server/db', async (importOriginal) => {
	const real = await importOriginal<typeof import('../db')>();
	return { ...real, getDb: () => Promise.resolve(current!) };
});

const blobRoute = await import('../../../routes/api/v1/blobs/[sha256]/+server');
const evaluationRoute = await import('../../../routes/api/v1/evaluations/[id]/+server');
const pullRoute = await import('../../../routes/api/v1/pull/+server');

type Handler = (event: never) => Promise<Response> | Response;
const call = (
	handler: unknown,
	session: Session | null,
	init: { url?: string; method?: string; body?: BodyInit; headers?: HeadersInit; params?: object }
) => {
	const url = new URL(init.url ?? 'http://localhost/api/v1/x');
	const request = new Request(url, {
		method: init.method ?? 'GET',
		body: init.body,
		headers: init.headers
	});
	return (handler as Handler)({
		locals: { session },
		params: init.params ?? {},
		request,
		url
	} as never);
};

describe.each(testDatabaseKinds())('sync routes (%s)', (kind) => {
	let tm: Team;
	withTeamDb(kind, (ready) => ({ db: current, tm } = ready));

	it('blobs: HEAD says the offset, PUT answers 202/409/201 with Upload-Offset', async () => {
		const bytes = Uint8Array.from({ length: 100 }, (_, i) => i);
		const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
		const sha256 = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
		const s = tm.shopper.session;
		const head = await call(blobRoute.HEAD, s, { method: 'HEAD', params: { sha256 } });
		expect([head.status, head.headers.get('upload-offset')]).toEqual([404, '0']);
		expect((await call(blobRoute.HEAD, null, { method: 'HEAD', params: { sha256 } })).status).toBe(
			401
		);
		const put = (from: number, to: number) =>
			call(blobRoute.PUT, s, {
				method: 'PUT',
				params: { sha256 },
				body: bytes.slice(from, to),
				headers: { 'content-range': `bytes ${from}-${to - 1}/100` }
			});
		const part = await put(0, 40);
		expect([part.status, await part.json()]).toEqual([202, { offset: 40 }]);
		const wrong = await put(50, 100);
		expect([wrong.status, wrong.headers.get('upload-offset')]).toEqual([409, '40']);
		expect((await put(40, 100)).status).toBe(201);
		const stored = await call(blobRoute.HEAD, s, { method: 'HEAD', params: { sha256 } });
		expect([stored.status, stored.headers.get('content-length')]).toEqual([200, '100']);
		const bad = await call(blobRoute.PUT, s, {
			method: 'PUT',
			params: { sha256: 'nothex' },
			body: bytes
		});
		expect(bad.status).toBe(422);
	});

	it('PUT /evaluations/:id: the real status, and 409 with the server copy', async () => {
		const base = evaluationOf(tm.campaignId);
		const put = async (e: typeof base) =>
			call(evaluationRoute.PUT, tm.shopper.session, {
				method: 'PUT',
				params: { id: e.id },
				body: JSON.stringify({
					deviceId: tm.shopper.deviceId,
					fingerprint: tm.shopper.fingerprint,
					signature: await signRecords(tm.shopper.keys, [e]),
					evaluation: e
				}),
				headers: { 'content-type': 'application/json' }
			});
		expect((await put(base)).status).toBe(201);
		expect((await put(base)).status).toBe(200);
		const mine = answer(base, 'A1-01', 'met', ctxAt(T0 + 1, 'd-a'));
		const theirs = answer(base, 'A1-01', 'not-met', ctxAt(T0 + 1, 'd-b'));
		await put(mine);
		const conflict = await put(theirs);
		expect(conflict.status).toBe(409);
		expect(await conflict.json()).toMatchObject({ error: 'conflict', server: mine });
	});

	it('pull: 422 on bad parameters, 401 without a session', async () => {
		const bad = await call(pullRoute.GET, tm.shopper.session, {
			url: 'http://localhost/api/v1/pull?after=-1&limit=2'
		});
		expect(bad.status).toBe(422);
		const big = await call(pullRoute.GET, tm.shopper.session, {
			url: 'http://localhost/api/v1/pull?limit=501'
		});
		expect(big.status).toBe(422);
		expect((await call(pullRoute.GET, null, {})).status).toBe(401);
		const ok = await call(pullRoute.GET, tm.shopper.session, {
			url: 'http://localhost/api/v1/pull?after=0&limit=2'
		});
		expect(ok.status).toBe(200);
		// The shopper's record of the test before, as the wire schema reads it.
		const page = PullResponse.parse(await ok.json());
		expect(page.items.map((i) => i.evaluation.version)).toEqual([2]);
		expect(page.cursor).toBe(page.items[0]!.seq);
	});
});
