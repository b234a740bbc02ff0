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

/** The JSON answer for an error: ApiErrors as they are, anything else as a 500 without details. */
export function errorResponse(error: unknown): Response {
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
	if (length > maxBytes) throw new ApiError(413, 'too-large', 'The request body is too large.');
	const text = await request.text();
	if (text.length > maxBytes)
		throw new ApiError(413, 'too-large', 'The request body is too large.');
	try {
		return JSON.parse(text) as unknown;
	} catch {
		throw invalid('The request body is not valid JSON.');
	}
}
