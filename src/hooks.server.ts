import { building } from '$app/environment';
import { closeDb, getDb, type Db } from '$lib/server/db';
import { ensureSetupLink } from '$lib/server/auth/orgs';
import { appShell } from '$lib/server/fallback';
import { startHousekeeping } from '$lib/server/records/housekeeping';
import { csrfMatches, findSession, SESSION_COOKIE } from '$lib/server/auth/session';
import { ApiError, errorResponse, forbidden, TooLargeError } from '$lib/server/http/errors';
import { parse } from '$lib/server/http/parse';
import { API_POLICY, SECURITY_HEADERS } from '$lib/server/security-headers.js';
import { BODY_SIZE_LIMIT, bodyLimitOf, CSRF_HEADER, formatLimit } from '$lib/domain/sync/protocol';
import { storableString } from '$lib/domain/base/text';
import { z } from '$lib/domain/base/zod';
import type { Handle, RequestEvent, ServerInit } from '@sveltejs/kit';

/** The database is opened, and migrated, once when the server starts. */
export const init: ServerInit = async () => {
	if (building) return;
	warnOfSmallBodyLimit();
	const db = await getDb();
	await announceSetupLink(db);
	startHousekeeping(db);
	// adapter-node's graceful stop: let the embedded database write its files and close.
	process.once('sveltekit:shutdown', () => void closeDb());
};

/**
 * Without a SETUP_TOKEN, the first start of an empty server makes a setup link for the first
 * organisation's owner, printed here and kept in DATA_DIR/setup-link.txt.
 */
async function announceSetupLink(db: Db): Promise<void> {
	if (process.env.SETUP_TOKEN) return;
	const origin = process.env.ORIGIN || `http://localhost:${process.env.PORT ?? '3000'}`;
	const link = await ensureSetupLink(db, { origin, dataDir: process.env.DATA_DIR || 'data' });
	if (link) console.log(`Setup link: ${link}`);
}

/**
 * adapter-node reads BODY_SIZE_LIMIT when it starts; the built server defaults it to the largest
 * body the app accepts (svelte.config.js). A smaller one set by hand would refuse documented
 * sizes (as 413), so it is said at start.
 */
function warnOfSmallBodyLimit(): void {
	const set = process.env.BODY_SIZE_LIMIT;
	if (set === undefined || set === '') return;
	const m = /^(\d+)([kmg]?)$/i.exec(set.trim());
	const bytes = m ? Number(m[1]) * 1024 ** ' kmg'.indexOf((m[2] || ' ').toLowerCase()) : NaN;
	if (bytes < BODY_SIZE_LIMIT) {
		console.warn(
			`BODY_SIZE_LIMIT=${set} refuses bodies the app accepts (pushes and photos up to ${formatLimit(BODY_SIZE_LIMIT)}); unset it or set at least ${BODY_SIZE_LIMIT}.`
		);
	}
}

export const handle: Handle = async ({ event, resolve }) => {
	const { pathname } = event.url;
	const api = pathname === '/api' || pathname.startsWith('/api/');
	const response = api ? await answerApi(event, resolve) : await answerPage(event, resolve);
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
	if (api) response.headers.set('content-security-policy', API_POLICY);
	return response;
};

async function answerApi(
	event: RequestEvent,
	resolve: Parameters<Handle>[0]['resolve']
): Promise<Response> {
	const refused = refuseRequest(event) ?? (await authenticate(event));
	const response = refused ?? (await resolve(event));
	// API answers are never kept by the browser, a proxy or the service worker.
	response.headers.set('cache-control', 'no-store');
	return response;
}

async function answerPage(
	event: RequestEvent,
	resolve: Parameters<Handle>[0]['resolve']
): Promise<Response> {
	// Every other address that is neither a file nor a prerendered page gets the app shell,
	// which routes on the client (as the service worker does offline).
	const shell = building ? undefined : await appShell();
	if (shell && (event.request.method === 'GET' || event.request.method === 'HEAD')) {
		return new Response(event.request.method === 'HEAD' ? null : shell, {
			headers: { 'content-type': 'text/html; charset=utf-8' }
		});
	}
	return resolve(event);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every part of an address (route parameters, query values): text the database can store. */
const AddressParts = z.record(storableString(), storableString().max(2000));

/** Uploads of bytes (photos, dispute files): the one body that is not JSON. */
const isUpload = (method: string, pathname: string) =>
	method === 'PUT' && /^\/api\/v1\/blobs\/[^/]+\/?$/.test(pathname);

/**
 * What is refused before any handler runs or any query is made: an address holding text the
 * database cannot store (422), a body larger than its limit (413, with the limit), and a write
 * whose body is not JSON (415; uploads of bytes excepted).
 */
function refuseRequest(event: RequestEvent): Response | undefined {
	try {
		parse(AddressParts, event.params ?? {});
		parse(AddressParts, Object.fromEntries(event.url.searchParams));
		const { method, headers } = event.request;
		const { pathname } = event.url;
		const limit = bodyLimitOf(method, pathname);
		if (Number(headers.get('content-length') ?? 0) > limit) throw new TooLargeError(limit);
		if (!SAFE_METHODS.has(method) && !isUpload(method, pathname)) {
			const type = headers.get('content-type');
			const hasBody =
				Number(headers.get('content-length') ?? 0) > 0 || headers.has('transfer-encoding');
			const json = type !== null && /^application\/json\s*(;|$)/i.test(type.trim());
			if ((type !== null || hasBody) && !json) {
				throw new ApiError(
					415,
					'unsupported-media-type',
					'Send the body as JSON (Content-Type: application/json).'
				);
			}
		}
		return undefined;
	} catch (error) {
		return errorResponse(error);
	}
}

/**
 * Finds the request's session (locals.session) and refuses cross-site writes: a state-changing
 * request must come from this origin, and with a session it must echo the session's CSRF
 * token in a header (a form on another site can set neither).
 */
async function authenticate(event: RequestEvent): Promise<Response | undefined> {
	try {
		const db = await getDb();
		event.locals.session = await findSession(db, event.cookies.get(SESSION_COOKIE));
		if (SAFE_METHODS.has(event.request.method)) return undefined;
		const origin = event.request.headers.get('origin');
		if (origin !== null && origin !== event.url.origin) {
			throw forbidden('This request came from another site.');
		}
		const session = event.locals.session;
		if (session && !csrfMatches(session, event.request.headers.get(CSRF_HEADER))) {
			throw forbidden('The request is missing its CSRF token; reload the page and try again.');
		}
		return undefined;
	} catch (error) {
		return errorResponse(error);
	}
}
