// The one way an API handler is written: from its entry in the route table, `handle` checks the
// session, the content type and size of the body, parses the body (or query) and the path
// parameters with the entry's schemas (422 naming the field), calls the service, and answers
// its output as JSON with the entry's status, checked against the output schema when
// CHECK_API_OUTPUT is on (development and the test servers). Errors answer as errors.ts says.
import { json, type RequestEvent, type RequestHandler } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { z } from '$lib/domain/base/zod';
import {
	API,
	DEFAULT_MAX_BYTES,
	routeName,
	type InputOf,
	type JsonRouteDef,
	type OutputOf,
	type ParamsOf,
	type RouteDef
} from '$lib/domain/sync/route';
import { requireSession } from './auth/access';
import type { Session } from './auth/session';
import { getDb, type Db } from './db';
import { ApiError, errorResponse, readJson } from './http/errors';
import { parse } from './http/parse';

/** What a handler of `route` is given. */
export interface RouteContext<R extends RouteDef> {
	/** The parsed JSON body, else the parsed query, else undefined. */
	input: InputOf<R>;
	params: ParamsOf<R>;
	/** The signed-in member (a public route may have none). */
	session: R['public'] extends true ? Session | null : Session;
	db: Db;
	event: RequestEvent;
}

/** A handler made from a table entry, which it carries (the table's tests read it). */
export type RouteHandler = RequestHandler & { readonly route: RouteDef };

/** A JSON endpoint: `fn` answers the output (or, for a special answer, a Response). */
export function handle<const R extends JsonRouteDef>(
	route: R,
	fn: (context: RouteContext<R>) => Promise<OutputOf<R> | Response>
): RouteHandler {
	const params = paramSchema(route);
	const handler: RequestHandler = async (event) => {
		try {
			const context = await contextOf(route, params, event);
			const out = await fn({ ...context, input: await inputOf(route, event) });
			return out instanceof Response ? out : answer(route, out);
		} catch (error) {
			return errorResponse(error);
		}
	};
	return Object.assign(handler, { route });
}

/**
 * An endpoint with its own reading or answer (bytes, headers): the session and the path
 * parameters are checked as for every route; `onError` answers a failure (default: errors.ts).
 */
export function handleRaw<const R extends RouteDef>(
	route: R,
	fn: (context: Omit<RouteContext<R>, 'input'>) => Promise<Response>,
	onError: (error: unknown) => Response = errorResponse
): RouteHandler {
	const params = paramSchema(route);
	const handler: RequestHandler = async (event) => {
		try {
			return await fn(await contextOf(route, params, event));
		} catch (error) {
			return onError(error);
		}
	};
	return Object.assign(handler, { route });
}

/** The JSON answer of a route: its status (or `init`'s), its output checked when asked to. */
export function answer<R extends RouteDef & { readonly output: z.ZodType }>(
	route: R,
	output: OutputOf<R>,
	init: ResponseInit = {}
): Response {
	if (dev || env.CHECK_API_OUTPUT === '1') {
		const checked = route.output.safeParse(output);
		if (!checked.success) {
			const issue = checked.error.issues[0];
			throw new Error(
				`${routeName(route)} answered outside its schema at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}`
			);
		}
	}
	return json(output, { status: route.status ?? 200, ...init });
}

type ParamSchema = z.ZodType<Record<string, unknown>, Record<string, string>>;

function paramSchema(route: RouteDef): ParamSchema {
	const names = [...route.path.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!);
	const shape = Object.fromEntries(names.map((n) => [n, route.params?.[n] ?? z.string()]));
	return z.object(shape) as unknown as ParamSchema;
}

async function contextOf<R extends RouteDef>(
	route: R,
	params: ParamSchema,
	event: RequestEvent
): Promise<Omit<RouteContext<R>, 'input'>> {
	if (dev && event.route?.id && event.route.id !== `${API}${route.path}`) {
		throw new Error(`${event.route.id} is handled with the entry of ${routeName(route)}`);
	}
	const session = route.public
		? (event.locals.session ?? null)
		: requireSession(event.locals.session);
	return {
		session: session as RouteContext<R>['session'],
		params: parse(params, event.params) as ParamsOf<R>,
		db: await getDb(),
		event
	};
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

async function inputOf<R extends RouteDef>(route: R, event: RequestEvent): Promise<InputOf<R>> {
	if (route.body !== undefined && route.body !== 'bytes') {
		if (!JSON_TYPE.test(event.request.headers.get('content-type') ?? '')) {
			throw new ApiError(415, 'unsupported-media-type', 'Send the body as application/json.');
		}
		const body = await readJson(event.request, route.maxBytes ?? DEFAULT_MAX_BYTES);
		return parse(route.body, body) as InputOf<R>;
	}
	if (route.query !== undefined) {
		const query: Record<string, string> = {};
		for (const [key, value] of event.url.searchParams) query[key] ??= value;
		return parse(route.query, query) as InputOf<R>;
	}
	return undefined as InputOf<R>;
}
