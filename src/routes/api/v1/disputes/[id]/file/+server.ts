import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api } from '$lib/server/errors';
import { disputeFile } from '$lib/server/programme/disputes';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = ({ locals, params }) =>
	api(async () => {
		const s = requireSession(locals.session);
		const file = await disputeFile(await getDb(), s, params.id);
		return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
			headers: {
				// Served as a download, never rendered by the browser as a page of this origin.
				'content-type': 'application/octet-stream',
				'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
				'x-content-type-options': 'nosniff'
			}
		});
	});
