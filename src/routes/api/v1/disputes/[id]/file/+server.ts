import { programmeRoutes } from '$lib/domain/programme/routes';
import { disputeFile } from '$lib/server/programme/disputes';
import { handleRaw } from '$lib/server/route';

export const prerender = false;

export const GET = handleRaw(programmeRoutes.disputeFile, async ({ params, session, db }) => {
	const file = await disputeFile(db, session, params.id);
	return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
		headers: {
			// Served as a download, never rendered by the browser as a page of this origin.
			'content-type': 'application/octet-stream',
			'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
			'x-content-type-options': 'nosniff'
		}
	});
});
