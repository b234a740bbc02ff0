import { json } from '@sveltejs/kit';
import { PutCalibrationRating } from '$lib/domain/programme/calibration-wire';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { parse } from '$lib/server/parse';
import { putCalibrationRating } from '$lib/server/programme/calibration';
import type { RequestHandler } from './$types';

export const prerender = false;

export const PUT: RequestHandler = ({ locals, request, params }) =>
	api(async () => {
		const session = requireSession(locals.session);
		const body = parse(PutCalibrationRating, await readJson(request, 65_536));
		return json(
			await putCalibrationRating(await getDb(), session, params.id, params.contactId, body.answers)
		);
	});
