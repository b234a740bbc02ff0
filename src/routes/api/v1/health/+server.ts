import { healthAnswer } from '$lib/server/health';
import type { RequestHandler } from './$types';

export const prerender = false;

export const GET: RequestHandler = () => healthAnswer();
