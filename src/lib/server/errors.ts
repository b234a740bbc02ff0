// Errors an API handler answers with: a status, a stable code, and a sentence for the person.
import { json } from '@sveltejs/kit';
import type { ApiErrorBody } from '$lib/domain/sync/protocol';

export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		/** Extra answer headers (e.g. Retry-After). */
		readonly headers?: Record<string, string>
	) {
		super(message);
		this.name = 'ApiError';
	}
}

export const unauthorized = (message = 'Sign in first.') =>
	new ApiError(401, 'unauthorized', message);
export const forbidden = (message = 'You do not have access to this.') =>
	new ApiError(403, 'forbidden', message);
export const notFound = (message = 'Not found.') => new ApiError(404, 'not-found', message);
export const invalid = (message: string) => new ApiError(422, 'invalid', message);

/** The answer while the database cannot be reached; clients send the request again later. */
export const databaseUnavailable = () =>
	new ApiError(503, 'unavailable', 'The database is restarting; try again in a moment.', {
		'retry-after': '2'
	});

/** Socket errors of a connection to the database that went away or cannot be opened. */
const CONNECTION_CODES = new Set([
	'ECONNREFUSED',
	'ECONNRESET',
	'EPIPE',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'EAI_AGAIN'
]);
/** PostgreSQL error codes (SQLSTATE) of a server shutting down, starting up or unreachable. */
const SQLSTATE_UNAVAILABLE = new Set(['57P01', '57P02', '57P03']);
/** node-postgres reports a lost or unobtainable connection with these messages (no code). */
const CONNECTION_MESSAGES = [
	/^Connection terminated/,
	/is not queryable$/,
	/^timeout exceeded when trying to connect$/
];

/**
 * Whether an error (or an error it wraps, as drizzle's query errors do) says the database
 * connection failed, rather than the query: ECONNREFUSED/ECONNRESET…, SQLSTATE 57P01
 * admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, and class 08 (connection
 * exception).
 */
export function isConnectionError(error: unknown): boolean {
	for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string') {
			if (CONNECTION_CODES.has(code) || SQLSTATE_UNAVAILABLE.has(code)) return true;
			if (/^08[0-9A-Z]{3}$/.test(code)) return true;
		}
		if (CONNECTION_MESSAGES.some((m) => m.test(e.message))) return true;
	}
	return false;
}

/** The answer to a body over a size limit. */
const tooLargeBody = () => new ApiError(413, 'too-large', 'The request body is too large.');

/** The server's own body limit (adapter-node's BODY_SIZE_LIMIT) cut the request short. */
const overBodyLimit = (error: unknown) =>
	error instanceof Error && (error as { status?: unknown }).status === 413;

/**
 * The JSON answer for an error: ApiErrors as they are, a body over the server's limit as 413,
 * a lost database connection as 503 (the client retries), anything else as a 500 without
 * details.
 */
export function errorResponse(error: unknown): Response {
	if (overBodyLimit(error)) error = tooLargeBody();
	if (!(error instanceof ApiError) && isConnectionError(error)) {
		const cause = error instanceof Error ? (error.cause ?? error) : error;
		console.error('Database unavailable:', cause instanceof Error ? cause.message : cause);
		error = databaseUnavailable();
	}
	if (error instanceof ApiError) {
		const body: ApiErrorBody = { error: error.code, message: error.message };
		return json(body, { status: error.status, headers: error.headers });
	}
	console.error(error);
	const body: ApiErrorBody = { error: 'server', message: 'The server failed; try again.' };
	return json(body, { status: 500 });
}

/** Runs a handler body, answering ApiErrors (and anything unexpected) as JSON errors. */
export async function api(fn: () => Promise<Response>): Promise<Response> {
	try {
		return await fn();
	} catch (error) {
		return errorResponse(error);
	}
}

/** Reads a JSON body, or fails with 422 (bodies over `maxBytes` with 413). */
export async function readJson(request: Request, maxBytes = 8 * 1024 * 1024): Promise<unknown> {
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length > maxBytes) throw tooLargeBody();
	const text = await request.text();
	if (text.length > maxBytes) throw tooLargeBody();
	try {
		return JSON.parse(text) as unknown;
	} catch {
		throw invalid('The request body is not valid JSON.');
	}
}
