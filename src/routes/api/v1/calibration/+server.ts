import { json } from '@sveltejs/kit';
import { NewCalibrationSession } from '$lib/domain/programme/calibration-wire';
import { requireSession } from '$lib/server/access';
import { getDb } from '$lib/server/db';
import { api, readJson } from '$lib/server/errors';
import { parse } from '$lib/server/parse';
import {
	createCalibrationSession,
	listCalibrationSessions
} from '$lib/server/programme/calibration';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = ({ locals }) =>
	api(async () =>
		json(await listCalibrationSessions(await getDb(), requireSession(locals.session)))
	);

export const POST: RequestHandler = ({ locals, request }) =>
	api(async () => {
		const session = requireSession(locals.session);
		const body = parse(NewCalibrationSession, await readJson(request, 65_536));
		return json(await createCalibrationSession(await getDb(), session, body), { status: 201 });
	});
