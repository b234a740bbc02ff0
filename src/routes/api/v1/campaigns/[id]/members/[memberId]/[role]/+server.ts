import { json } from '@sveltejs/kit';
import { CampaignRole } from '$lib/domain/sync/protocol';
import { requireSession } from '$lib/server/access';
import { removeMember } from '$lib/server/auth/invites';
import { getDb } from '$lib/server/db';
import { api } from '$lib/server/errors';
import { parse } from '$lib/server/parse';
import type { RequestHandler } from './$types';

export const prerender = false;

export const DELETE: RequestHandler = ({ locals, params }) =>
	api(async () => {
		const session = requireSession(locals.session);
		const role = parse(CampaignRole, params.role);
		await removeMember(await getDb(), session, params.id, params.memberId, role);
		return json({ ok: true });
	});
