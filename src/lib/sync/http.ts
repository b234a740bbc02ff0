/**
 * The one way to call the team server: `call(route, { params, query, body })` with an entry of
 * the route table (src/lib/domain/sync/route.ts), typed by it: the address is made from the
 * entry, a JSON body goes as application/json, every write carries the session's CSRF token,
 * the answer is parsed with the entry's output schema, and every failure is a
 * `TeamRequestError` with a kind a person can be told about. `send` is the same for answers
 * read as they are (photo bytes, headers). The phone calls its own origin with its session
 * cookie; tools and tests make a `TeamApi` with their own transport.
 */
import type { z } from '$lib/domain/base/zod';
import { ApiErrorBody, CSRF_HEADER } from '$lib/domain/sync/protocol';
import {
	pathOf,
	routeName,
	type OutputOf,
	type ParamNames,
	type ParamsOf,
	type RouteDef
} from '$lib/domain/sync/route';
import { syncRoutes } from '$lib/domain/sync/routes';

export type TeamErrorKind =
	/** No network, or the server did not answer. */
	| 'offline'
	/** Not signed in (401): the session ended or was signed out. */
	| 'signed-out'
	/** Signed in, but not allowed (403). */
	| 'forbidden'
	| 'not-found'
	/** The server holds another version (409). */
	| 'conflict'
	/** The request was refused as invalid (400, 413, 415, 422) or too many attempts (429). */
	| 'refused'
	/** The server failed (5xx) or answered something unreadable. */
	| 'server';

export class TeamRequestError extends Error {
	constructor(
		readonly kind: TeamErrorKind,
		readonly status: number,
		readonly code: string,
		message: string,
		/** The parsed body of the answer, when there was one (e.g. a 409's server copy). */
		readonly body?: unknown,
		/** Seconds the server asked to wait (`Retry-After` of a 429 or 503). */
		readonly retryAfter?: number
	) {
		super(message);
		this.name = 'TeamRequestError';
	}
}

function kindOf(status: number): TeamErrorKind {
	if (status === 401) return 'signed-out';
	if (status === 403) return 'forbidden';
	if (status === 404) return 'not-found';
	if (status === 409) return 'conflict';
	if (status >= 500) return 'server';
	return 'refused';
}

/** One request as the client hands it to a transport. */
export interface TransportRequest {
	method: string;
	headers: Record<string, string>;
	body?: BodyInit;
	signal?: AbortSignal;
}

/** How requests reach a team server. */
export interface Transport {
	/** Put before every address: '' for the page's own origin. */
	readonly origin: string;
	/** Sends one request, adding what the transport keeps (credentials, cookies). */
	fetch(url: string, init: TransportRequest): Promise<Response>;
	/** The CSRF token a write carries, when there is a session. */
	csrf(): Promise<string | undefined> | string | undefined;
}

type Empty = Record<never, never>;

/** What a request of `route` takes: its path parameters, its body or query, a signal. */
export type CallOptions<R extends RouteDef> = ([ParamNames<R['path']>] extends [never]
	? Empty
	: { params: ParamsOf<R> }) &
	(R['body'] extends z.ZodType
		? { body: z.input<R['body']> }
		: R['body'] extends 'bytes'
			? { body: BodyInit }
			: Empty) &
	(R['query'] extends z.ZodType ? { query?: Partial<z.output<R['query']>> } : Empty) & {
		signal?: AbortSignal;
		/** More headers (e.g. Content-Range). */
		headers?: Record<string, string>;
	};

/** The options argument, which may be left out when nothing in it is required. */
export type CallArgs<R extends RouteDef> =
	Empty extends CallOptions<R> ? [options?: CallOptions<R>] : [options: CallOptions<R>];

type JsonAnswerRoute = RouteDef & { readonly output: z.ZodType };

interface AnyOptions {
	params?: Record<string, string>;
	body?: unknown;
	query?: Record<string, unknown>;
	signal?: AbortSignal;
	headers?: Record<string, string>;
}

/** A client of one team server over one transport. */
export class TeamApi {
	constructor(readonly transport: Transport) {}

	/** Sends a request of `route` and answers whatever the server answered (any status). */
	async request<R extends RouteDef>(route: R, ...[options]: CallArgs<R>): Promise<Response> {
		const o = (options ?? {}) as AnyOptions;
		const headers: Record<string, string> = { accept: 'application/json', ...o.headers };
		if (route.method !== 'GET' && route.method !== 'HEAD') {
			const csrf = await this.transport.csrf();
			if (csrf) headers[CSRF_HEADER] = csrf;
		}
		let body: BodyInit | undefined;
		if (route.body === 'bytes') body = o.body as BodyInit;
		else if (route.body !== undefined) {
			headers['content-type'] = 'application/json';
			body = JSON.stringify(o.body);
		}
		const url = this.transport.origin + pathOf(route, o.params, o.query);
		try {
			return await this.transport.fetch(url, {
				method: route.method,
				headers,
				body,
				signal: o.signal
			});
		} catch (error) {
			if (o.signal?.aborted) throw error;
			throw new TeamRequestError('offline', 0, 'offline', 'The team server cannot be reached.');
		}
	}

	/** Sends a request of `route`; answers the raw Response when it is 2xx. */
	async send<R extends RouteDef>(route: R, ...args: CallArgs<R>): Promise<Response> {
		const response = await this.request(route, ...args);
		if (response.ok) return response;
		let parsed: unknown;
		try {
			parsed = await response.json();
		} catch {
			parsed = undefined;
		}
		const error = ApiErrorBody.safeParse(parsed);
		const wait = Number(response.headers.get('retry-after') ?? NaN);
		throw new TeamRequestError(
			kindOf(response.status),
			response.status,
			error.success ? error.data.error : String(response.status),
			error.success ? error.data.message : `The team server answered ${String(response.status)}.`,
			parsed,
			Number.isFinite(wait) && wait >= 0 ? wait : undefined
		);
	}

	/** Sends a request of `route` and parses its JSON answer with the route's output schema. */
	async call<R extends JsonAnswerRoute>(route: R, ...args: CallArgs<R>): Promise<OutputOf<R>> {
		const response = await this.send(route, ...args);
		const parsed = route.output.safeParse(await response.json().catch(() => undefined));
		if (!parsed.success) {
			throw new TeamRequestError(
				'server',
				response.status,
				'unreadable',
				`The team server answered something unreadable (${routeName(route)}).`
			);
		}
		return parsed.data as OutputOf<R>;
	}
}

let csrf: string | undefined;

/** Remembers the CSRF token of the current session (from GET /session or a sign-in answer). */
export function setCsrf(token: string | undefined): void {
	csrf = token;
}

/** The phone's own: its origin, its session cookie, never a cached answer. */
const phone = new TeamApi({
	origin: '',
	fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin', cache: 'no-store' }),
	async csrf() {
		if (!csrf) await refreshCsrf();
		return csrf;
	}
});

/** Calls the team server from the phone (see `TeamApi.call`). */
export const call: TeamApi['call'] = (route, ...args) => phone.call(route, ...args);
/** Sends a request from the phone and answers the raw Response (see `TeamApi.send`). */
export const send: TeamApi['send'] = (route, ...args) => phone.send(route, ...args);

/** Asks who is signed in (and takes the session's CSRF token); undefined when nobody is. */
export async function fetchSession(signal?: AbortSignal) {
	try {
		const info = await call(syncRoutes.session, { signal });
		csrf = info.csrf;
		return info;
	} catch (error) {
		if (error instanceof TeamRequestError && error.kind === 'signed-out') {
			csrf = undefined;
			return undefined;
		}
		throw error;
	}
}

async function refreshCsrf(): Promise<void> {
	try {
		await fetchSession();
	} catch {
		// Offline or no session: the request goes without a token and the server says why.
	}
}
