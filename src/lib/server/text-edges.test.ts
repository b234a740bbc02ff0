// Text the database cannot store (a NUL, half of a surrogate pair) sent to each route that
// takes free text: refused with 422 naming the field before any query (never a 500 from
// PostgreSQL), and nothing stored; a push refuses the bad record alone.
import { describe, expect, it, vi } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { setNote } from '$lib/domain/editing';
import { ctxAt } from '$lib/testing/builders';
import { UNSTORABLE } from '$lib/domain/base/text';
import type { Db } from './db';
import {
	authAttempts,
	calibrationSessions,
	deviceKeys,
	evaluations,
	invites,
	members,
	reviewEvents,
	scenarios
} from './db/schema';
import type { Session } from './auth/session';
import { insertInvite } from './auth/invites';
import { testDatabaseKinds } from '../testing/server-db';
import { evaluationOf, pushAs, signRecords, type Team, withTeamDb } from '../testing/server-team';

let db: Db;
vi.mock('$lib/server/db', async (importOriginal) => {
	const real = await importOriginal<typeof import('./db')>();
	return { ...real, getDb: () => Promise.resolve(db) };
});

const routes = {
	accept: await import('../../routes/api/v1/invites/[token]/accept/+server'),
	scenario: await import('../../routes/api/v1/campaigns/[id]/scenarios/[sid]/+server'),
	deviceKeys: await import('../../routes/api/v1/device-keys/+server'),
	push: await import('../../routes/api/v1/push/+server'),
	login: await import('../../routes/api/v1/auth/password/login/+server'),
	calibration: await import('../../routes/api/v1/calibration/+server'),
	review: await import('../../routes/api/v1/evaluations/[id]/review/+server')
};

const NUL = '\u0000';
/** The first half of 😀: text cut between the two halves of an emoji. */
const HALF = '\uD83D';

type Handler = (event: never) => Promise<Response> | Response;
/** Calls a route handler as SvelteKit does, with a JSON body. */
async function call(
	handler: unknown,
	session: Session | null,
	init: { body: unknown; params?: Record<string, string>; method?: string }
) {
	const url = new URL('http://localhost/api/v1/x');
	const request = new Request(url, {
		method: init.method ?? 'POST',
		body: JSON.stringify(init.body),
		headers: { 'content-type': 'application/json' }
	});
	const response = await (handler as Handler)({
		locals: { session },
		params: init.params ?? {},
		request,
		url,
		cookies: { set() {}, get() {}, delete() {}, getAll: () => [], serialize: () => '' },
		getClientAddress: () => '127.0.0.1'
	} as never);
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Expects a 422 whose message names `field` and the problem. */
function expectRefused(answer: { status: number; body: Record<string, unknown> }, field: string) {
	expect(answer.status).toBe(422);
	expect(answer.body.message).toMatch(new RegExp(`^${field.replaceAll('.', '\\.')}: `));
	expect(
		[UNSTORABLE.nul, UNSTORABLE.surrogate].some((m) => String(answer.body.message).includes(m))
	).toBe(true);
}

describe.each(testDatabaseKinds())('text the database cannot store (%s)', (kind) => {
	let tm: Team;
	withTeamDb(kind, (ready) => ({ db, tm } = ready));

	it('invite accept: a display name with NUL or half a pair is 422 and the invite stays unused', async () => {
		const { token } = await insertInvite(db, {
			orgId: tm.orgId,
			campaignId: tm.campaignId,
			role: 'shopper'
		});
		for (const displayName of [`김${NUL}민지`, `김민지 ${HALF}`]) {
			const answer = await call(routes.accept.POST, null, {
				body: { displayName },
				params: { token }
			});
			expectRefused(answer, 'displayName');
		}
		const [invite] = await db.orm.select().from(invites);
		expect(invite?.usedAt).toBeNull();
		const named = await db.orm.select().from(members).where(eq(members.displayName, '김민지'));
		expect(named).toEqual([]);
		// The same invite with the name typed cleanly.
		const ok = await call(routes.accept.POST, null, {
			body: { displayName: '김민지 😀' },
			params: { token }
		});
		expect(ok.status).toBe(200);
	});

	it('scenario title: 422 naming the title, nothing stored', async () => {
		const scenario = {
			id: 'sc-1',
			title: `카드 분실${NUL}`,
			script: '',
			channel: 'phone',
			correctAnswer: '',
			checkIds: []
		};
		const s = tm.coordinator.session;
		const params = { id: tm.campaignId, sid: 'sc-1' };
		expectRefused(
			await call(routes.scenario.PUT, s, { body: scenario, params, method: 'PUT' }),
			'title'
		);
		const halves = { ...scenario, title: '카드', script: `스크립트 ${HALF}` };
		expectRefused(
			await call(routes.scenario.PUT, s, { body: halves, params, method: 'PUT' }),
			'script'
		);
		expect(await db.orm.select().from(scenarios)).toEqual([]);
		const ok = { ...scenario, title: '카드 분실' };
		expect((await call(routes.scenario.PUT, s, { body: ok, params, method: 'PUT' })).status).toBe(
			200
		);
	});

	it('device id: 422 naming deviceId, no key registered', async () => {
		const before = await db.orm.select({ n: count() }).from(deviceKeys);
		const jwk = { kty: 'EC', crv: 'P-256', x: 'x'.repeat(43), y: 'y'.repeat(43) };
		for (const deviceId of [`d-${NUL}`, `d-${HALF}`]) {
			const answer = await call(routes.deviceKeys.POST, tm.shopper.session, {
				body: { deviceId, publicKeyJwk: jwk }
			});
			expectRefused(answer, 'deviceId');
		}
		expect(await db.orm.select({ n: count() }).from(deviceKeys)).toEqual(before);
	});

	it('push: the bad record is answered with its reason, the good ones around it are stored', async () => {
		const good1 = evaluationOf(tm.campaignId, { values: { 'A1-01': 'met' } });
		const good2 = evaluationOf(tm.campaignId);
		const answered = evaluationOf(tm.campaignId, { values: { 'A1-01': 'met' } });
		const withNul = setNote(answered, 'A1-01', `메모${NUL}`, ctxAt());
		const withHalf = { ...evaluationOf(tm.campaignId), overallOpinion: `잘린 의견 ${HALF}` };
		const records = [good1, withNul, withHalf, good2];
		const p = tm.shopper;
		const answer = await call(routes.push.POST, p.session, {
			body: {
				deviceId: p.deviceId,
				fingerprint: p.fingerprint,
				signature: await signRecords(p.keys, records),
				records
			}
		});
		expect(answer.status).toBe(200);
		const results = answer.body.results as { id: string; status: number; message?: string }[];
		expect(results.map((r) => [r.id, r.status])).toEqual([
			[good1.id, 201],
			[withNul.id, 422],
			[withHalf.id, 422],
			[good2.id, 201]
		]);
		expect(results[1]?.message).toBe(`answers.A1-01.note: ${UNSTORABLE.nul}`);
		expect(results[2]?.message).toBe(`overallOpinion: ${UNSTORABLE.surrogate}`);
		const stored = await db.orm.select({ id: evaluations.id }).from(evaluations);
		expect(stored.map((r) => r.id).sort()).toEqual([good1.id, good2.id].sort());
	});

	it('password login: a login name with NUL is 422 before the rate-limit lookup', async () => {
		for (const loginName of [`kim${NUL}`, `kim${HALF}`]) {
			const answer = await call(routes.login.POST, null, {
				body: { loginName, password: 'correct horse battery' }
			});
			expectRefused(answer, 'loginName');
		}
		expect(await db.orm.select().from(authAttempts)).toEqual([]);
	});

	it('calibration title: 422 naming the title, no session opened', async () => {
		const body = {
			campaignId: tm.campaignId,
			title: `1차 교정 ${HALF}`,
			contacts: [{ description: '녹취 1' }],
			raterIds: [tm.shopper.id, tm.other.id]
		};
		const s = tm.coordinator.session;
		expectRefused(await call(routes.calibration.POST, s, { body }), 'title');
		const described = { ...body, title: '1차 교정', contacts: [{ description: `녹취${NUL}` }] };
		expectRefused(
			await call(routes.calibration.POST, s, { body: described }),
			'contacts.0.description'
		);
		expect(await db.orm.select().from(calibrationSessions)).toEqual([]);
		const ok = await call(routes.calibration.POST, s, { body: { ...body, title: '1차 교정' } });
		expect(ok.status).toBe(201);
	});

	it('review comment: 422 naming the comment, the evaluation not returned', async () => {
		const final = evaluationOf(tm.campaignId, { values: { 'A1-01': 'met' } });
		await pushAs(db, tm.shopper, [final]);
		const params = { id: final.id };
		const s = tm.coordinator.session;
		for (const text of [`다시 확인${NUL}`, `다시 확인 ${HALF}`]) {
			const answer = await call(routes.review.POST, s, {
				body: { action: 'return', version: final.version, comments: [{ checkId: 'A1-01', text }] },
				params
			});
			expectRefused(answer, 'comments.0.text');
		}
		expect(
			await db.orm.select().from(reviewEvents).where(eq(reviewEvents.evaluationId, final.id))
		).toEqual([]);
	});
});
