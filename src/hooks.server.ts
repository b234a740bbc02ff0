import { building } from '$app/environment';
import { closeDb, getDb } from '$lib/server/db';
import { appShell } from '$lib/server/fallback';
import type { Handle, ServerInit } from '@sveltejs/kit';

/** The database is opened, and migrated, once when the server starts. */
export const init: ServerInit = async () => {
	if (building) return;
	await getDb();
	// adapter-node's graceful stop: let the embedded database write its files and close.
	process.once('sveltekit:shutdown', () => void closeDb());
};

export const handle: Handle = async ({ event, resolve }) => {
	const { pathname } = event.url;
	if (pathname === '/api' || pathname.startsWith('/api/')) {
		const response = await resolve(event);
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
