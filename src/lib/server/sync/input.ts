// Reading request bodies with the shared wire schemas: a mismatch answers 422 with the
// fields and what is wrong with them.
import type { z } from 'zod';
import { formatIssue } from '$lib/domain/record/parse';
import { invalid } from '../errors';

/** `value` parsed with `schema`, or a 422 naming each problem as `path: message`. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown): T {
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
