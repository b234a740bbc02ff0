import { building } from '$app/environment';
import { closeDb, getDb, type Db } from '$lib/server/db';
import { ensureSetupLink } from '$lib/server/auth/orgs';
import { appShell } from '$lib/server/fallback';
import { startHousekeeping } from '$lib/server/sync/housekeeping';
import { csrfMatches, findSession, SESSION_COOKIE } from '$lib/server/auth/session';
import { errorResponse, forbidden } from '$lib/server/errors';
import { CSRF_HEADER } from '$lib/domain/sync/protocol';
import type { Handle, RequestEvent, ServerInit } from '@sveltejs/kit';

/** The database is opened, and migrated, once when the server starts. */
export const init: ServerInit = async () => {
	if (building) return;
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

export const handle: Handle = async ({ event, resolve }) => {
	const { pathname } = event.url;
	if (pathname === '/api' || pathname.startsWith('/api/')) {
		const refused = await authenticate(event);
		const response = refused ?? (await resolve(event));
		// API answers are never kept by the browser, a proxy or the service worker.
		response.headers.set('cache-control', 'no-store');
		return response;
	}
	// Every other address that is neither a file nor a prerendered page gets the app shell,
	// which routes on the client (as the service worker does offline).
	const shell = building ? undefined : await appShell();
	if (shell && (event.request.method === 'GET' || event.request.method === 'HEAD')) {
		return new Response(event.request.method === 'HEAD' ? null : shell, {
			headers: { 'content-type': 'text/html; charset=utf-8' }
		});
	}
	return resolve(event);
};

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Finds the request's session (locals.session) and refuses cross-site writes: a state-changing
 * request must come from this origin, and with a session it must echo the session's CSRF
 * token in a header (a form on another site can set neither).
 */
async function authenticate(event: RequestEvent): Promise<Response | undefined> {
	try {
		const db = await getDb();
		event.locals.session = await findSession(db, event.cookies.get(SESSION_COOKIE));
		if (SAFE.has(event.request.method)) return undefined;
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
