// The hook's write guard, as every API request meets it: a write from another origin, or with
// a session but without its CSRF token, is refused with 403 before any handler runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import type { RequestEvent } from '@sveltejs/kit';
import { closeDb, getDb } from '../db';
import { addMember, freshDataDir } from '../../testing/server-db';
import { createSession, SESSION_COOKIE } from './session';

const dir = freshDataDir('ks1006-hook-');
process.env.DATA_DIR = dir;
delete process.env.DATABASE_URL;

const ORIGIN = 'http://localhost:4301';

function event(method: string, headers: Record<string, string>, cookie?: string) {
	const url = new URL(`${ORIGIN}/api/v1/auth/signout`);
	return {
		url,
		request: new Request(url, { method, headers }),
		locals: {},
		cookies: { get: (name: string) => (name === SESSION_COOKIE ? cookie : undefined) }
	} as unknown as RequestEvent;
}

describe('the API write guard (hook)', () => {
	let handle: typeof import('../../../hooks.server').handle;
	let token: string;
	let csrf: string;
	beforeAll(async () => {
		({ handle } = await import('../../../hooks.server'));
		const db = await getDb();
		const m = await addMember(db, '가드');
		token = (await createSession(db, m.id)).token;
		const { findSession } = await import('./session');
		csrf = (await findSession(db, token))!.csrf;
	}, 60_000);
	afterAll(async () => {
		await closeDb();
		rmSync(dir, { recursive: true, force: true });
	});

	const reached = () => {
		const calls: string[] = [];
		const resolve = (e: RequestEvent) => {
			calls.push(e.request.method);
			return Promise.resolve(new Response('{}'));
		};
		return { calls, resolve };
	};

	it('refuses a write from a foreign Origin without reaching the handler', async () => {
		const { calls, resolve } = reached();
		const response = await handle({
			event: event('POST', { origin: 'https://evil.example', 'x-csrf-token': csrf }, token),
			resolve
		});
		expect(response.status).toBe(403);
		expect(calls).toEqual([]);
	});

	it('refuses a signed-in write without the CSRF token, passes it with the token', async () => {
		const missing = reached();
		const refused = await handle({
			event: event('POST', { origin: ORIGIN }, token),
			resolve: missing.resolve
		});
		expect(refused.status).toBe(403);
		expect(missing.calls).toEqual([]);
		const wrong = reached();
		expect(
			(
				await handle({
					event: event('POST', { origin: ORIGIN, 'x-csrf-token': 'nope' }, token),
					resolve: wrong.resolve
				})
			).status
		).toBe(403);
		const ok = reached();
		const passed = await handle({
			event: event('POST', { origin: ORIGIN, 'x-csrf-token': csrf }, token),
			resolve: ok.resolve
		});
		expect(passed.status).toBe(200);
		expect(ok.calls).toEqual(['POST']);
		expect(passed.headers.get('cache-control')).toBe('no-store');
	});
});
