// The recording routes as a client (an <audio> element, the dispute screen) sees them:
// statuses, headers and bodies.
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { sliceWav } from '$lib/domain/recording/copy';
import { T0 } from '$lib/testing/builders';
import type { Db } from '../db';
import type { Session } from '../auth/session';
import { evaluations } from '../db/schema';
import { testDatabaseKinds } from '../../testing/server-db';
import { evaluationOf, pushAs, type Team, withTeamDb } from '../../testing/server-team';
import { toneCopy, uploadInParts, withRecording } from '../../testing/server-recordings';
import { openDispute } from '../programme/disputes';

let current: Db | undefined;
vi.mock('$lib/server/db', async (importOriginal) => {
	const real = await importOriginal<typeof import('../db')>();
	return { ...real, getDb: () => Promise.resolve(current!) };
});

const blobRoute = await import('../../../routes/api/v1/blobs/[sha256]/+server');
const clipsRoute = await import('../../../routes/api/v1/disputes/[id]/clips/+server');
const clipRoute = await import('../../../routes/api/v1/disputes/[id]/clips/[n]/+server');
const settingsRoute = await import('../../../routes/api/v1/campaigns/[id]/settings/+server');

type Handler = (event: never) => Promise<Response> | Response;
const call = (
	handler: unknown,
	session: Session | null,
	init: { method?: string; body?: unknown; headers?: Record<string, string>; params?: object }
) => {
	const url = new URL('http://localhost/api/v1/x');
	const json = init.body !== undefined;
	const request = new Request(url, {
		method: init.method ?? 'GET',
		body: json ? JSON.stringify(init.body) : undefined,
		headers: { ...(json ? { 'content-type': 'application/json' } : {}), ...init.headers }
	});
	return (handler as Handler)({
		locals: { session },
		params: init.params ?? {},
		request,
		url
	} as never);
};

describe.each(testDatabaseKinds())('recording routes (%s)', (kind) => {
	let tm: Team;
	withTeamDb(kind, (ready) => ({ db: current, tm } = ready));

	it('serves a copy as audio/wav in ranges (206, 416), shares a clip (201/403) and plays it', async () => {
		const db = current!;
		const copy = await toneCopy(8_000, 523);
		const e = withRecording(
			evaluationOf(tm.campaignId, { values: { 'A1-01': 'met' } }),
			copy,
			tm.shopper.deviceId
		);
		expect((await pushAs(db, tm.shopper, [e], T0)).results[0]?.status).toBe(201);
		await uploadInParts(db, tm.shopper.session, copy.sha256, copy.bytes, 32 * 1024);
		const params = { sha256: copy.sha256 };
		const total = copy.bytes.length;

		const whole = await call(blobRoute.GET, tm.coordinator.session, { params });
		expect(whole.status).toBe(200);
		expect(whole.headers.get('content-type')).toBe('audio/wav');
		expect(whole.headers.get('accept-ranges')).toBe('bytes');
		expect(new Uint8Array(await whole.arrayBuffer()).length).toBe(total);
		const part = await call(blobRoute.GET, tm.coordinator.session, {
			params,
			headers: { range: 'bytes=44-1043' }
		});
		expect(part.status).toBe(206);
		expect(part.headers.get('content-range')).toBe(`bytes 44-1043/${total}`);
		expect(part.headers.get('content-length')).toBe('1000');
		expect(Array.from(new Uint8Array(await part.arrayBuffer()))).toEqual(
			Array.from(copy.bytes.subarray(44, 1044))
		);
		const outside = await call(blobRoute.GET, tm.coordinator.session, {
			params,
			headers: { range: `bytes=${total}-` }
		});
		expect(outside.status).toBe(416);
		expect(outside.headers.get('content-range')).toBe(`bytes */${total}`);

		await db.orm
			.update(evaluations)
			.set({ releasedAt: new Date(T0 + 1_000), releasedBy: tm.coordinator.id })
			.where(eq(evaluations.id, e.id));
		expect((await call(blobRoute.GET, tm.manager.session, { params })).status).toBe(403);
		const { dispute } = await openDispute(
			db,
			tm.manager.session,
			e.id,
			{ version: e.version, checkId: 'A1-01', reason: '다시 들어 주세요' },
			T0 + 2_000
		);
		const clip = { recordingId: e.recordings![0]!.id, startMs: 1_000, endMs: 2_500 };
		const refused = await call(clipsRoute.POST, tm.manager.session, {
			method: 'POST',
			params: { id: dispute.id },
			body: clip
		});
		expect(refused.status).toBe(403);
		const shared = await call(clipsRoute.POST, tm.coordinator.session, {
			method: 'POST',
			params: { id: dispute.id },
			body: clip
		});
		expect(shared.status).toBe(201);
		expect(((await shared.json()) as { dispute: { clips: unknown[] } }).dispute.clips).toHaveLength(
			1
		);
		const heard = await call(clipRoute.GET, tm.manager.session, {
			params: { id: dispute.id, n: '1' }
		});
		expect(heard.status).toBe(200);
		expect(heard.headers.get('content-type')).toBe('audio/wav');
		expect(Array.from(new Uint8Array(await heard.arrayBuffer()))).toEqual(
			Array.from(sliceWav(copy.bytes, clip)!)
		);
		const unknown = await call(clipRoute.GET, tm.manager.session, {
			params: { id: dispute.id, n: 'x' }
		});
		expect(unknown.status).toBe(404);
	});

	it('sets the retention through the settings route, keeping the dispute deadline', async () => {
		const put = (session: Session, body: unknown) =>
			call(settingsRoute.PUT, session, { method: 'PUT', params: { id: tm.campaignId }, body });
		const ok = await put(tm.coordinator.session, { recordingRetentionDays: 180 });
		expect(ok.status).toBe(200);
		expect(await ok.json()).toEqual({ disputeDays: 14, recordingRetentionDays: 180 });
		expect((await put(tm.coordinator.session, { recordingRetentionDays: 0 })).status).toBe(422);
		expect((await put(tm.manager.session, { recordingRetentionDays: 30 })).status).toBe(403);
		const days = await put(tm.coordinator.session, { disputeDays: 21 });
		expect(await days.json()).toEqual({ disputeDays: 21, recordingRetentionDays: 180 });
	});
});
