/**
 * The field names a bundle can legitimately carry, read from the zod schemas themselves (so a
 * field added to a record is known here without a second list), plus the names only older
 * record versions used, and the most items each list may hold. The JSON guard measures what
 * sits under any other name (content the schema would strip: a file must not smuggle
 * megabytes in it) and stops a list as soon as it grows past its bound.
 */
import { Campaign } from '../record/campaign';
import { Evaluation } from '../record/evaluation';
import { BundleEnvelope, BundlePhoto } from './bundle';

/** Fields of record version 1 that the migrations read (`center.phone`, answers' `checkId`). */
const OLDER_VERSION_FIELDS = ['phone', 'checkId'];

export interface KnownFields {
	/** Every object key any bundle schema names. */
	names: ReadonlySet<string>;
	/** Keys whose value is a record (e.g. `answers`): the keys inside it are data, not fields. */
	records: ReadonlySet<string>;
	/** The most items of the list under each key (the largest bound when schemas differ). */
	lists: ReadonlyMap<string, number>;
	/** The longest list any schema allows: the bound of lists of no bounded name. */
	longestList: number;
}

interface SchemaLike {
	_zod: { def: Record<string, unknown> & { type: string } };
}

type Lists = Map<string, number>;

let cached: KnownFields | null = null;

/** The known field names of bundles, computed once. */
export function knownBundleFields(): KnownFields {
	if (cached) return cached;
	const names = new Set<string>(OLDER_VERSION_FIELDS);
	const records = new Set<string>();
	const lists: Lists = new Map();
	const seen = new Set<unknown>();
	for (const schema of [BundleEnvelope, BundlePhoto, Campaign, Evaluation]) {
		collect(schema as unknown as SchemaLike, names, records, lists, seen);
	}
	const bounded = [...lists.values()].filter(Number.isFinite);
	const longestList = Math.max(...bounded);
	// A list no schema bounds gets the longest bound any list has.
	for (const [key, max] of lists) if (!Number.isFinite(max)) lists.set(key, longestList);
	cached = { names, records, lists, longestList };
	return cached;
}

/** Walks a zod schema and gathers its object keys; unknown node types are skipped. */
function collect(
	schema: SchemaLike,
	names: Set<string>,
	records: Set<string>,
	lists: Lists,
	seen: Set<unknown>
): void {
	if (!schema?._zod || seen.has(schema)) return;
	seen.add(schema);
	const def = schema._zod.def;
	const visit = (s: unknown) => collect(s as SchemaLike, names, records, lists, seen);
	switch (def.type) {
		case 'object':
			for (const [key, value] of Object.entries(def.shape as Record<string, SchemaLike>)) {
				names.add(key);
				if (isRecordSchema(value)) records.add(key);
				const max = listBound(value);
				if (max !== undefined) lists.set(key, Math.max(lists.get(key) ?? 0, max));
				visit(value);
			}
			if (def.catchall) visit(def.catchall);
			break;
		case 'array':
			visit(def.element);
			break;
		case 'record':
			visit(def.valueType);
			break;
		case 'union':
			for (const option of def.options as unknown[]) visit(option);
			break;
		case 'intersection':
			visit(def.left);
			visit(def.right);
			break;
		case 'pipe':
			visit(def.in);
			visit(def.out);
			break;
		case 'lazy':
			visit((def.getter as () => unknown)());
			break;
		case 'tuple':
			for (const item of def.items as unknown[]) visit(item);
			break;
		default:
			if (def.innerType) visit(def.innerType);
	}
}

function isRecordSchema(schema: SchemaLike): boolean {
	return unwrapped(schema)?._zod.def.type === 'record';
}

/** The most items of a list schema (Infinity when unbounded); undefined for other schemas. */
function listBound(schema: SchemaLike): number | undefined {
	const def = unwrapped(schema)?._zod.def;
	if (def?.type !== 'array') return undefined;
	const checks = (def.checks ?? []) as { _zod?: { def?: { check?: string; maximum?: number } } }[];
	const maxima = checks
		.map((c) => c._zod?.def)
		.filter((d) => d?.check === 'max_length' && typeof d.maximum === 'number')
		.map((d) => d!.maximum!);
	return maxima.length ? Math.min(...maxima) : Infinity;
}

/** The schema inside optional, default, nullable and pipe wrappers. */
function unwrapped(schema: SchemaLike): SchemaLike | undefined {
	let s: SchemaLike | undefined = schema;
	for (let i = 0; s?._zod && i < 10; i++) {
		const def: SchemaLike['_zod']['def'] = s._zod.def;
		if (def.type === 'record' || def.type === 'array') return s;
		if (def.type === 'pipe') s = def.in as SchemaLike;
		else s = def.innerType as SchemaLike | undefined;
	}
	return undefined;
}
