/**
 * The phone's one way to call the team server (its own origin, `/api/v1/…`): JSON in and out,
 * the session's CSRF token on every write, answers parsed with the shared schemas, and every
 * failure a `TeamRequestError` with a kind a person can be told about.
 */
import type { z } from '$lib/domain/zod';
import { API, ApiErrorBody, CSRF_HEADER, SessionInfo } from '$lib/domain/sync/protocol';

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
	/** The request was refused as invalid (400, 413, 422) or too many attempts (429). */
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

let csrf: string | undefined;

/** Remembers the CSRF token of the current session (from GET /session or a sign-in answer). */
export function setCsrf(token: string | undefined): void {
	csrf = token;
}

function kindOf(status: number): TeamErrorKind {
	if (status === 401) return 'signed-out';
	if (status === 403) return 'forbidden';
	if (status === 404) return 'not-found';
	if (status === 409) return 'conflict';
	if (status >= 500) return 'server';
	return 'refused';
}

export interface TeamRequest {
	method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD' | 'PATCH';
	/** A JSON body (sent as application/json). */
	json?: unknown;
	/** Raw bytes (photos) with their headers. */
	body?: BodyInit;
	headers?: Record<string, string>;
	signal?: AbortSignal;
}

/** Sends a request to `/api/v1${path}`; answers the raw Response when it is 2xx. */
export async function teamFetch(path: string, request: TeamRequest = {}): Promise<Response> {
	const method = request.method ?? (request.json === undefined && !request.body ? 'GET' : 'POST');
	const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
	if (method !== 'GET' && method !== 'HEAD') {
		if (!csrf) await refreshCsrf();
		if (csrf) headers[CSRF_HEADER] = csrf;
	}
	let body = request.body;
	if (request.json !== undefined) {
		headers['content-type'] = 'application/json';
		body = JSON.stringify(request.json);
	}
	let response: Response;
	try {
		response = await fetch(`${API}${path}`, {
			method,
			headers,
			body,
			credentials: 'same-origin',
			cache: 'no-store',
			signal: request.signal
		});
	} catch (error) {
		if (request.signal?.aborted) throw error;
		throw new TeamRequestError('offline', 0, 'offline', 'The team server cannot be reached.');
	}
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

/** Sends a request and parses its JSON answer with `schema`. */
export async function teamJson<S extends z.ZodType>(
	path: string,
	schema: S,
	request: TeamRequest = {}
): Promise<z.infer<S>> {
	const response = await teamFetch(path, request);
	const parsed = schema.safeParse(await response.json().catch(() => undefined));
	if (!parsed.success) {
		throw new TeamRequestError(
			'server',
			response.status,
			'unreadable',
			'The team server answered something unreadable.'
		);
	}
	return parsed.data;
}

/** Asks who is signed in (and takes the session's CSRF token); undefined when nobody is. */
export async function fetchSession(signal?: AbortSignal): Promise<SessionInfo | undefined> {
	try {
		const info = await teamJson('/session', SessionInfo, { signal });
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
