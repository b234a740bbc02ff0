import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { health } from '$lib/server/health';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = async () => json(await health(await getDb()));
