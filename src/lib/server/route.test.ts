// The route table and the handlers written through it: every `+server.ts` under /api/v1 is an
// entry of the table (and every entry has its handler), and `handle` reads and answers as the
// protocol says (401, 415, 413, 422 naming the field, the entry's status, the output schema).
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { z } from '$lib/domain/base/zod';
import { apiRoutes } from '$lib/domain/programme/routes';
import { CampaignRole, PullQuery } from '$lib/domain/sync/protocol';
import { API, pathOf, routeName, type RouteDef } from '$lib/domain/sync/route';
import type { Session } from './auth/session';
import { handle, type RouteHandler } from './route';

vi.mock('$lib/server/db', () => ({ getDb: () => Promise.resolve({}) }));

const handlers = import.meta.glob<Record<string, unknown>>('../../routes/api/v1/**/+server.ts', {
	eager: true
});

const session: Session = {
	idHash: 'h',
	memberId: 'm1',
	displayName: 'Kim',
	csrf: 'c',
	expiresAt: new Date(0)
};

const request = (
	handler: RouteHandler,
	init: {
		url?: string;
		method?: string;
		body?: string;
		type?: string;
		params?: Record<string, string>;
		session?: Session | null;
	} = {}
) => {
	const url = new URL(init.url ?? 'http://localhost/api/v1/test');
	const headers = init.type ? { 'content-type': init.type } : undefined;
	const req = new Request(url, { method: init.method ?? 'POST', body: init.body, headers });
	return handler({
		locals: { session: init.session === undefined ? session : init.session },
		params: init.params ?? {},
		request: req,
		url
	} as never) as Promise<Response>;
};

describe('the route table', () => {
	it('has one handler per entry, in the folder of its path, exported as its method', () => {
		const handled = new Map<RouteDef, string>();
		for (const [file, module] of Object.entries(handlers)) {
			const folder = file.replace('../../routes/api/v1', '').replace(/\/\+server\.ts$/, '');
			for (const [name, value] of Object.entries(module)) {
				if (name === 'prerender') continue;
				const route = (value as Partial<RouteHandler>).route;
				expect(route, `${name} of ${file} is made with handle()`).toBeDefined();
				expect(`${route!.method} ${route!.path}`).toBe(`${name} ${folder || '/'}`);
				expect(handled.has(route!), `${routeName(route!)} handled twice`).toBe(false);
				handled.set(route!, file);
			}
		}
		const entries = Object.values(apiRoutes) as RouteDef[];
		expect(entries.filter((r) => !handled.has(r)).map(routeName)).toEqual([]);
		expect(handled.size).toBe(entries.length);
		const names = entries.map(routeName);
		expect(new Set(names).size).toBe(names.length);
	});

	it('is the endpoint list of docs/sync-protocol.md', () => {
		const doc = readFileSync(new URL('../../../docs/sync-protocol.md', import.meta.url), 'utf8');
		for (const route of Object.values(apiRoutes) as RouteDef[]) {
			expect(doc, routeName(route)).toContain(`\`${routeName(route)}\``);
		}
	});

	it('makes addresses from an entry: parameters encoded, the query in order', () => {
		expect(pathOf(apiRoutes.removeMember, { id: 'c 1', memberId: 'm/2', role: 'shopper' })).toBe(
			`${API}/campaigns/c%201/members/m%2F2/shopper`
		);
		expect(pathOf(apiRoutes.pull, {}, { after: 5, limit: 500 })).toBe(
			`${API}/pull?after=5&limit=500`
		);
		expect(() => pathOf(apiRoutes.members, {})).toThrow(/\[id\]/);
	});

	it('reads the pull query with its defaults and bounds', () => {
		expect(PullQuery.parse({})).toEqual({ after: 0, limit: 100 });
		expect(PullQuery.parse({ after: '7', limit: '' })).toEqual({ after: 7, limit: 100 });
		expect(PullQuery.safeParse({ after: '-1' }).success).toBe(false);
		expect(PullQuery.safeParse({ limit: '501' }).success).toBe(false);
		expect(PullQuery.safeParse({ limit: '1e2' }).success).toBe(false);
	});
});

describe('handle', () => {
	const Body = z.object({ name: z.string().min(1), n: z.number().int() });
	const Out = z.object({ name: z.string(), n: z.number().int() });
	const echo = {
		method: 'POST',
		path: '/things/[id]/[role]',
		doc: 'test',
		params: { role: CampaignRole },
		body: Body,
		maxBytes: 100,
		output: Out,
		status: 201
	} as const;
	const echoHandler = handle(echo, ({ input, params }) =>
		Promise.resolve({ name: `${params.id}:${params.role}:${input.name}`, n: input.n })
	);
	const send = (body: string, init: Parameters<typeof request>[1] = {}, handler = echoHandler) =>
		request(handler, {
			body,
			type: 'application/json',
			params: { id: 'x', role: 'shopper' },
			...init
		});

	it('answers the output with the entry’s status', async () => {
		const r = await send(JSON.stringify({ name: 'a', n: 1 }));
		expect([r.status, await r.json()]).toEqual([201, { name: 'x:shopper:a', n: 1 }]);
	});

	it('asks for a session first (401), unless the entry is public', async () => {
		const r = await send('not json', { type: 'text/plain', session: null });
		expect([r.status, (await r.json()).error]).toEqual([401, 'unauthorized']);
		const open = handle({ ...echo, public: true }, ({ session: s }) =>
			Promise.resolve({ name: s === null ? 'nobody' : s.memberId, n: 0 })
		);
		const answer = await request(open, {
			body: JSON.stringify({ name: 'a', n: 1 }),
			type: 'application/json; charset=utf-8',
			params: { id: 'x', role: 'manager' },
			session: null
		});
		expect(await answer.json()).toEqual({ name: 'nobody', n: 0 });
	});

	it('refuses a body that is not declared JSON (415), too large (413), or not JSON (422)', async () => {
		const ok = JSON.stringify({ name: 'a', n: 1 });
		const plain = await send(ok, { type: 'text/plain' });
		expect([plain.status, (await plain.json()).error]).toEqual([415, 'unsupported-media-type']);
		expect((await send(ok, { type: undefined })).status).toBe(415);
		const big = await send(JSON.stringify({ name: 'a'.repeat(200), n: 1 }));
		expect([big.status, (await big.json()).error]).toEqual([413, 'too-large']);
		const broken = await send('{"name":');
		expect([broken.status, (await broken.json()).message]).toEqual([
			422,
			'The request body is not valid JSON (UTF-8).'
		]);
	});

	it('answers a body cut short by the server’s own limit as 413, not as a failure (500)', async () => {
		// adapter-node stops reading a body over BODY_SIZE_LIMIT with an error of status 413.
		const body = new ReadableStream({
			start(c) {
				c.error(Object.assign(new Error('Content-length exceeds limit'), { status: 413 }));
			}
		});
		const url = new URL('http://localhost/api/v1/things/x/shopper');
		const req = new Request(url, {
			method: 'POST',
			body,
			headers: { 'content-type': 'application/json' },
			duplex: 'half'
		} as RequestInit);
		const r = await echoHandler({
			locals: { session },
			params: { id: 'x', role: 'shopper' },
			request: req,
			url
		} as never);
		expect([r.status, (await r.json()).error]).toEqual([413, 'too-large']);
	});

	it('names each wrong field and parameter (422)', async () => {
		const wrong = await send(JSON.stringify({ name: '', n: 1.5 }));
		expect(wrong.status).toBe(422);
		expect(await wrong.json()).toEqual({
			error: 'invalid',
			message: 'name: must not be empty; n: expected int, received number'
		});
		const role = await send(JSON.stringify({ name: 'a', n: 1 }), {
			params: { id: 'x', role: 'boss' }
		});
		expect(role.status).toBe(422);
		expect((await role.json()).message).toMatch(/^role: expected one of coordinator, shopper/);
	});

	it('in development and tests, an answer outside the output schema is a 500, never sent', async () => {
		const liar = handle(echo, () => Promise.resolve({ name: 'a', n: 'one' } as never));
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const r = await send(JSON.stringify({ name: 'a', n: 1 }), {}, liar);
		expect([r.status, await r.json()]).toEqual([
			500,
			{ error: 'server', message: 'The server failed; try again.' }
		]);
		expect(String(error.mock.calls[0]?.[0])).toContain('POST /things/[id]/[role] answered');
		error.mockRestore();
	});
});
