/**
 * The field names a bundle can legitimately carry, read from the zod schemas themselves (so a
 * field added to a record is known here without a second list), plus the names only older
 * record versions used. The JSON guard measures what sits under any other name: that is
 * content the schema would strip, and a file must not smuggle megabytes in it.
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
}

interface SchemaLike {
	_zod: { def: Record<string, unknown> & { type: string } };
}

let cached: KnownFields | null = null;

/** The known field names of bundles, computed once. */
export function knownBundleFields(): KnownFields {
	if (cached) return cached;
	const names = new Set<string>(OLDER_VERSION_FIELDS);
	const records = new Set<string>();
	const seen = new Set<unknown>();
	for (const schema of [BundleEnvelope, BundlePhoto, Campaign, Evaluation]) {
		collect(schema as unknown as SchemaLike, names, records, seen);
	}
	cached = { names, records };
	return cached;
}

/** Walks a zod schema and gathers its object keys; unknown node types are skipped. */
function collect(
	schema: SchemaLike,
	names: Set<string>,
	records: Set<string>,
	seen: Set<unknown>
): void {
	if (!schema?._zod || seen.has(schema)) return;
	seen.add(schema);
	const def = schema._zod.def;
	const visit = (s: unknown) => collect(s as SchemaLike, names, records, seen);
	switch (def.type) {
		case 'object':
			for (const [key, value] of Object.entries(def.shape as Record<string, SchemaLike>)) {
				names.add(key);
				if (isRecordSchema(value)) records.add(key);
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
	let s: SchemaLike | undefined = schema;
	for (let i = 0; s?._zod && i < 10; i++) {
		const def: SchemaLike['_zod']['def'] = s._zod.def;
		if (def.type === 'record') return true;
		if (def.type === 'pipe') s = def.in as SchemaLike;
		else s = def.innerType as SchemaLike | undefined;
	}
	return false;
}
