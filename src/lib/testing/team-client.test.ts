// The team client that the server tests and the server benchmark share: its records are made by
// the domain's own operations and are what the server accepts, its signatures verify as the
// server verifies a push, and it talks to the server as a browser does (cookie, CSRF, origin).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalog } from '../domain/catalog';
import { parseEvaluation } from '../domain/record';
import { Campaign } from '../domain/record/campaign';
import { Evaluation } from '../domain/record/evaluation';
import { defaultTemplate } from '../domain/record/template';
import { TeamRequestError } from '../sync/http';
import { TeamClient } from './team-client';
import {
	editEvaluation,
	newDeviceKey,
	signCanonical,
	teamCampaign,
	teamEvaluation,
	verifyCanonical
} from './team-records';

const campaignId = '00000000-0000-4000-8000-0000000000ca';

describe('team records', () => {
	it('starts campaigns with the app’s default template', () => {
		const c = teamCampaign(campaignId);
		expect(c.template).toEqual(defaultTemplate());
		expect(Campaign.safeParse(c).error).toBeUndefined();
	});

	it('makes final evaluations that parse, every expected check answered, versions as logged', () => {
		for (const n of [0, 1, 7]) {
			const e = teamEvaluation({ id: crypto.randomUUID(), campaignId, deviceId: 'd-1', n });
			expect(Evaluation.safeParse(e).error).toBeUndefined();
			// What the server checks on every push: the catalog knows each answered check.
			expect(parseEvaluation(e, { catalog })).toMatchObject({ ok: true });
			expect(e.status).toBe('final');
			expect(e.version).toBe(e.changeLog.length);
			expect(e.changeLog.every((entry) => entry.by === 'd-1')).toBe(true);
		}
		const photo = `sha256-${'ab'.repeat(32)}`;
		const withPhoto = teamEvaluation({
			id: crypto.randomUUID(),
			campaignId,
			deviceId: 'd-1',
			evidence: [photo],
			edits: 2
		});
		expect(Object.values(withPhoto.answers)[0]?.evidenceIds).toEqual([photo]);
		const next = editEvaluation(withPhoto, 'd-2');
		expect(parseEvaluation(next, { catalog })).toMatchObject({ ok: true });
		expect(next.version).toBe(withPhoto.version + 1);
		expect(next.changeLog.slice(0, -1)).toEqual(withPhoto.changeLog);
	});

	it('signs the canonical JSON of records, as the server verifies a push', async () => {
		const record = teamEvaluation({ id: crypto.randomUUID(), campaignId, deviceId: 'd-1' });
		const key = await newDeviceKey('d-1');
		const signature = await signCanonical(key.pair.privateKey, [record]);
		const verify = (value: unknown) => verifyCanonical(key.publicKeyJwk, signature, value);
		expect(await verify([record])).toBe(true);
		expect(await verify([{ ...record, version: 99 }])).toBe(false);
	});
});

describe('team client', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('keeps the session cookie, sends it with the CSRF token and its origin, and fails typed', async () => {
		const seen: { url: string; method: string; headers: Record<string, string> }[] = [];
		const session = {
			member: { id: 'm1', displayName: 'Kim' },
			csrf: 'token-1',
			orgs: [],
			memberships: [],
			signIn: { passkeys: 0, password: false }
		};
		vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
			seen.push({
				url,
				method: String(init.method),
				headers: init.headers as Record<string, string>
			});
			if (url.endsWith('/session')) {
				return Promise.resolve(
					Response.json(session, { headers: { 'set-cookie': 'ks_session=abc; Path=/; HttpOnly' } })
				);
			}
			return Promise.resolve(
				Response.json({ error: 'forbidden', message: 'No.' }, { status: 403 })
			);
		});
		const client = new TeamClient('http://127.0.0.1:9');
		expect(await client.refreshSession()).toEqual(session);
		const refused = await client.invite(campaignId, 'shopper').catch((e: unknown) => e);
		expect(refused).toBeInstanceOf(TeamRequestError);
		expect(refused).toMatchObject({ status: 403, code: 'forbidden', kind: 'forbidden' });
		expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual([
			'GET http://127.0.0.1:9/api/v1/session',
			`POST http://127.0.0.1:9/api/v1/campaigns/${campaignId}/invites`
		]);
		expect(seen[1]!.headers).toMatchObject({
			cookie: 'ks_session=abc',
			'x-csrf-token': 'token-1',
			origin: 'http://127.0.0.1:9',
			'content-type': 'application/json'
		});
	});
});
