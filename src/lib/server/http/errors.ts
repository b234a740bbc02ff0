// Errors an API handler answers with: a status, a stable code, and a sentence for the person.
import { json } from '@sveltejs/kit';
import {
	BODY_LIMITS,
	BODY_SIZE_LIMIT,
	formatLimit,
	type ApiErrorBody
} from '$lib/domain/sync/protocol';
import { cleanText } from '$lib/domain/base/text';

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

/** A 413: the body is larger than `limit` bytes, which the answer carries. */
export class TooLargeError extends ApiError {
	constructor(
		readonly limit: number,
		what = 'The request body'
	) {
		super(413, 'too-large', `${what} may have at most ${limit} bytes (${formatLimit(limit)}).`);
	}
}

/**
 * Whether reading a body failed because it outgrew a limit: adapter-node's BODY_SIZE_LIMIT
 * (its stream fails with a 413 error) or our own.
 */
function isTooLarge(error: unknown): boolean {
	return (
		error instanceof TooLargeError ||
		(error instanceof Error && (error as { status?: unknown }).status === 413)
	);
}

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

/**
 * The JSON answer for an error: ApiErrors as they are, a body over the server's limit as 413,
 * a lost database connection as 503 (the client retries), anything else as a 500 without
 * details.
 */
export function errorResponse(error: unknown): Response {
	if (!(error instanceof ApiError) && isConnectionError(error)) {
		const cause = error instanceof Error ? (error.cause ?? error) : error;
		console.error('Database unavailable:', cause instanceof Error ? cause.message : cause);
		error = databaseUnavailable();
	}
	if (!(error instanceof ApiError) && isTooLarge(error)) error = new TooLargeError(BODY_SIZE_LIMIT);
	if (error instanceof ApiError) {
		// A message may quote what was sent (a field's key): never echo text that cannot be stored.
		const body: ApiErrorBody = { error: error.code, message: cleanText(error.message) };
		if (error instanceof TooLargeError) body.limit = error.limit;
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

/**
 * The body's bytes, at most `maxBytes` (else 413, also for a body sent without a length that
 * outgrows it while arriving).
 */
export async function readBytes(request: Request, maxBytes: number, what?: string) {
	const length = Number(request.headers.get('content-length') ?? 0);
	if (length > maxBytes) throw new TooLargeError(maxBytes, what);
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await request.arrayBuffer());
	} catch (error) {
		if (isTooLarge(error)) throw new TooLargeError(maxBytes, what);
		throw error;
	}
	if (bytes.length > maxBytes) throw new TooLargeError(maxBytes, what);
	return bytes;
}

/**
 * The bytes of an upload, at most `maxBytes`. adapter-node hands a request without a
 * Content-Type no body at all; such an upload is read from the Node request itself
 * (`platform.req`), so bytes sent with no type arrive as sent.
 */
export async function readUpload(
	request: Request,
	platform: App.Platform | undefined,
	maxBytes: number,
	what?: string
): Promise<Uint8Array> {
	const raw = platform?.req;
	if (request.headers.has('content-type') || !raw || raw.readableEnded) {
		return readBytes(request, maxBytes, what);
	}
	if (Number(request.headers.get('content-length') ?? 0) > maxBytes) {
		throw new TooLargeError(maxBytes, what);
	}
	const chunks: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of raw as AsyncIterable<Uint8Array>) {
		size += chunk.length;
		if (size > maxBytes) throw new TooLargeError(maxBytes, what);
		chunks.push(chunk);
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.length;
	}
	return bytes;
}

/** Reads a JSON body, or fails with 422 (bodies over `maxBytes` bytes with 413). */
export async function readJson(
	request: Request,
	maxBytes: number = BODY_LIMITS.records
): Promise<unknown> {
	const bytes = await readBytes(request, maxBytes);
	try {
		return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
	} catch {
		throw invalid('The request body is not valid JSON (UTF-8).');
	}
}
