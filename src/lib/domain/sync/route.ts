/**
 * What one endpoint of the team server is: its method, its path under `/api/v1` (with
 * SvelteKit's `[param]` segments, the folder of its `+server.ts`), what it reads (a JSON body,
 * raw bytes or a query) and what it answers, each a shared zod schema. The tables of entries
 * are `syncRoutes` (./routes.ts) and `programmeRoutes` (../programme/routes.ts); the server's
 * handlers are written through them (src/lib/server/route.ts) and the one client calls them
 * (src/lib/sync/http.ts), so a path is written once.
 */
import type { z } from '../base/zod';

export const API = '/api/v1';

export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';

/** A schema of a path parameter: text, perhaps of a narrower type. */
type TextSchema = z.ZodType<string, string>;

/** One endpoint. `body`/`output` are schemas of JSON, or `'bytes'` (photos, files), or none. */
export interface RouteDef {
	readonly method: Method;
	/** Under `/api/v1`, e.g. `/campaigns/[id]/plan`. */
	readonly path: string;
	/** One line for docs/sync-protocol.md. */
	readonly doc: string;
	/** Callable without a session (sign-in, invites, setup, health); else 401 comes first. */
	readonly public?: boolean;
	/** Path parameters that are more than any text (the others are strings). */
	readonly params?: Readonly<Record<string, TextSchema>>;
	/** The request body: JSON of this schema, or raw bytes. */
	readonly body?: z.ZodType | 'bytes';
	/** The query: an object schema of text parameters. */
	readonly query?: z.ZodType<unknown, Record<string, string | undefined>>;
	/** The answer: JSON of this schema, raw bytes, or headers only. */
	readonly output: z.ZodType | 'bytes' | 'empty';
	/** The status of a success (default 200). */
	readonly status?: 200 | 201;
	/** Largest JSON body taken (default 8 MiB); more is 413. */
	readonly maxBytes?: number;
}

/** An endpoint that reads JSON (or nothing) and answers JSON. */
export interface JsonRouteDef extends RouteDef {
	readonly body?: z.ZodType;
	readonly output: z.ZodType;
}

/** The names of a path's `[param]` segments. */
export type ParamNames<P extends string> = P extends `${string}[${infer N}]${infer Rest}`
	? N | ParamNames<Rest>
	: never;

/** The path parameters of a route, typed by their schemas where it has them. */
export type ParamsOf<R extends RouteDef> = {
	[K in ParamNames<R['path']>]: R['params'] extends Readonly<Record<K, TextSchema>>
		? z.output<R['params'][K]>
		: string;
};

/** What a handler reads: the parsed body, else the parsed query, else nothing. */
export type InputOf<R extends RouteDef> = R['body'] extends z.ZodType
	? z.output<R['body']>
	: R['query'] extends z.ZodType
		? z.output<R['query']>
		: undefined;

/** What a route that answers JSON answers. */
export type OutputOf<R extends { readonly output: z.ZodType }> = z.output<R['output']>;

/** The largest JSON body a route takes unless it says otherwise. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

/** Checks a table's entries (and keeps their literal types). */
export function defineRoutes<const T extends Record<string, RouteDef>>(table: T): T {
	return table;
}

/** The address of a route with its parameters filled in: `/api/v1/campaigns/c1/plan`. */
export function pathOf(
	route: RouteDef,
	params: Readonly<Record<string, string>> = {},
	query?: Readonly<Record<string, unknown>>
): string {
	const path = route.path.replace(/\[([^\]]+)\]/g, (_, name: string) => {
		const value = params[name];
		if (value === undefined) throw new TypeError(`${route.path}: no value for [${name}]`);
		return encodeURIComponent(value);
	});
	const search = new URLSearchParams();
	for (const [key, value] of Object.entries(query ?? {})) {
		if (value !== undefined) search.set(key, String(value));
	}
	const text = search.toString();
	return `${API}${path}${text ? `?${text}` : ''}`;
}

/** `GET /campaigns/[id]/plan`, as the docs and error messages name a route. */
export const routeName = (route: RouteDef): string => `${route.method} ${route.path}`;
