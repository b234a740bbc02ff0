// Request bodies, queries and path parameters parsed with the shared wire schemas: a mismatch
// is a 422 that names each field and what is wrong with it.
import type { z } from '$lib/domain/base/zod';
import { formatIssue } from '$lib/domain/record/parse';
import { invalid } from './errors';

/** `value` parsed with `schema`, or a 422 naming each problem as `path: message`. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
	const r = schema.safeParse(value);
	if (r.success) return r.data;
	const text = r.error.issues
		.slice(0, 20)
		.map((i) => {
			const e = formatIssue(i);
			return `${e.path}: ${e.message}`;
		})
		.join('; ');
	throw invalid(text.slice(0, 2000));
}
