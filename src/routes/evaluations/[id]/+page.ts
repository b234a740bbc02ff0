import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import type { PageLoad } from './$types';

/** An evaluation opens on its first screen. */
export const load: PageLoad = ({ params }) => {
	redirect(307, resolve('/evaluations/[id]/[stage=stage]', { id: params.id, stage: 'pre' }));
};
