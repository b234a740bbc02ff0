import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { returnedOpening } from '$lib/state/returned-review.svelte';
import type { PageLoad } from './$types';

/**
 * An evaluation opens on its first screen; one sent back by its reviewer on the first check
 * commented on (unreadable here, it opens as any other).
 */
export const load: PageLoad = async ({ params }) => {
	const opening = await returnedOpening(params.id).catch(() => undefined);
	const stage = opening?.stage ?? 'pre';
	const path = resolve('/evaluations/[id]/[stage=stage]', { id: params.id, stage });
	redirect(307, opening ? `${path}#check-${opening.checkId}` : path);
};
