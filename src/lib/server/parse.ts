// Request bodies and parameters parsed with the shared schemas: a mismatch is a 422 that says
// which field is wrong.
import type { z } from '$lib/domain/zod';
import { invalid } from './errors';

export function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
	const result = schema.safeParse(value);
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
	throw invalid(`${where}${issue?.message ?? 'invalid request'}`);
}
