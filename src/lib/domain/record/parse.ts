/**
 * Parsing of untrusted records (imports, storage reads): migrate to the current version, then
 * validate with zod. Never throws; errors are `path: message` in plain English. Unknown object
 * keys are stripped (zod's default) so extra metadata from other tools does no harm.
 */
import type { z } from 'zod';
import type { Catalog } from '../catalog/types';
import { Campaign } from './campaign';
import { Evaluation } from './evaluation';
import { campaignMigrations, evaluationMigrations, migrate, type Migration } from './migrations';

export interface ParseError {
	path: string;
	message: string;
}
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: ParseError[] };

export interface ParseOptions {
	/** When given, answers and critical checks naming an id outside the catalog are errors. */
	catalog?: Catalog;
}

/** Parses an evaluation of any supported schema version into the current shape. */
export function parseEvaluation(input: unknown, opts: ParseOptions = {}): ParseResult<Evaluation> {
	const res = parseWith(input, evaluationMigrations, Evaluation);
	if (!res.ok || !opts.catalog) return res;
	const known = catalogCheckIds(opts.catalog);
	const errors = Object.keys(res.value.answers)
		.filter((id) => !known.has(id))
		.map((id) => ({ path: `answers.${id}`, message: `unknown check id ${id}` }));
	return errors.length ? { ok: false, errors } : res;
}

/** Parses a campaign of any supported schema version into the current shape. */
export function parseCampaign(input: unknown, opts: ParseOptions = {}): ParseResult<Campaign> {
	const res = parseWith(input, campaignMigrations, Campaign);
	if (!res.ok || !opts.catalog) return res;
	const known = catalogCheckIds(opts.catalog);
	const errors = res.value.template.criticalCheckIds
		.map((id, i) => ({ id, i }))
		.filter(({ id }) => !known.has(id))
		.map(({ id, i }) => ({
			path: `template.criticalCheckIds.${i}`,
			message: `unknown check id ${id}`
		}));
	return errors.length ? { ok: false, errors } : res;
}

function parseWith<T>(
	input: unknown,
	table: Readonly<Record<number, Migration>>,
	schema: z.ZodType<T>
): ParseResult<T> {
	try {
		const migrated = migrate(input, table);
		if (!migrated.ok) return migrated;
		const parsed = schema.safeParse(migrated.value);
		if (parsed.success) return { ok: true, value: parsed.data };
		return { ok: false, errors: parsed.error.issues.map(formatIssue) };
	} catch (e) {
		// Defensive: hostile getters or cycles must not crash an import screen.
		return { ok: false, errors: [{ path: '(root)', message: `unreadable input: ${String(e)}` }] };
	}
}

const idCache = new WeakMap<Catalog, ReadonlySet<string>>();

/** All check ids of a catalog (참고 1 and 참고 2), computed once per catalog object. */
export function catalogCheckIds(catalog: Catalog): ReadonlySet<string> {
	const cached = idCache.get(catalog);
	if (cached) return cached;
	const ids = new Set<string>();
	for (const s of catalog.checklist)
		for (const g of s.groups) for (const c of g.checks) ids.add(c.id);
	for (const st of catalog.agentSheet.stages) for (const c of st.checks) ids.add(c.id);
	idCache.set(catalog, ids);
	return ids;
}

/** Turns one zod issue into a readable `path: message` pair. */
export function formatIssue(issue: z.core.$ZodIssue): ParseError {
	const path = issue.path.length ? issue.path.map(String).join('.') : '(root)';
	return { path, message: issueMessage(issue) };
}

const list = (values: readonly unknown[]) => values.map(String).join(', ');

function issueMessage(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return / received undefined$/.test(issue.message)
				? `is required (expected ${issue.expected})`
				: `expected ${issue.expected}${issue.message.replace(/^.*expected [^,]+/, '')}`;
		case 'invalid_value':
			return issue.values.length === 1
				? `expected ${String(issue.values[0])}`
				: `expected one of ${list(issue.values)}`;
		case 'invalid_union':
			return 'options' in issue && Array.isArray(issue.options)
				? `expected one of ${list(issue.options)}`
				: 'does not match any allowed shape';
		case 'too_big':
		case 'too_small': {
			const bound = issue.code === 'too_big' ? 'most' : 'least';
			const n = issue.code === 'too_big' ? issue.maximum : issue.minimum;
			if (issue.origin === 'string') {
				return issue.code === 'too_small' && Number(n) === 1
					? 'must not be empty'
					: `must be at ${bound} ${String(n)} characters`;
			}
			if (issue.origin === 'array' || issue.origin === 'set') {
				return `must have at ${bound} ${String(n)} items`;
			}
			const strict = issue.inclusive === false;
			if (issue.code === 'too_big')
				return `must be ${strict ? 'less than' : 'at most'} ${String(n)}`;
			return `must be ${strict ? 'greater than' : 'at least'} ${String(n)}`;
		}
		case 'invalid_format':
			if (issue.format === 'regex')
				return issue.message.startsWith('Invalid') ? 'has an invalid format' : issue.message;
			return `must be a valid ${issue.format}`;
		case 'invalid_key':
			return `invalid key: ${issue.issues.map((i) => issueMessage(i)).join('; ')}`;
		case 'unrecognized_keys':
			return `unknown field(s): ${issue.keys.join(', ')}`;
		default:
			return issue.message;
	}
}
