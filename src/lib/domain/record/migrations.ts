/**
 * Record format migrations. Version 1 (the first field prototype) stored answers as an array of
 * `{ checkId, … }`, called a finished evaluation 'done', had no revision or change log, and a
 * campaign had a single `center.phone`. Version 2 is the current format (see common.ts).
 * Each step takes the plain JSON of version n and returns version n + 1; zod validates after.
 */
import { CURRENT_SCHEMA_VERSION } from './common';

type Json = Record<string, unknown>;
export type Migration = (doc: Json) => Json;
export type MigrationResult =
	| { ok: true; value: Json; from: number }
	| { ok: false; errors: { path: string; message: string }[] };

const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** v1 → v2 evaluation: answers array → record (latest answeredAt wins), 'done' → 'final'. */
function evaluationV1ToV2(doc: Json): Json {
	const out: Json = { ...doc, schemaVersion: 2 };
	if (Array.isArray(doc.answers)) {
		// A Map, not an object, so a hostile key such as `__proto__` stays a plain key.
		const answers = new Map<string, Json>();
		for (const item of doc.answers) {
			if (!isObject(item) || typeof item.checkId !== 'string') continue;
			const { checkId, ...rest } = item;
			const prev = answers.get(checkId);
			if (!prev || Number(rest.answeredAt ?? 0) >= Number(prev.answeredAt ?? 0)) {
				answers.set(checkId, { evidenceIds: [], ...rest });
			}
		}
		out.answers = Object.fromEntries(answers);
	}
	if (doc.status === 'done') out.status = 'final';
	if (out.revision === undefined) out.revision = 1;
	if (out.changeLog === undefined) out.changeLog = [];
	if (out.followUps === undefined) out.followUps = [];
	return out;
}

/** v1 → v2 campaign: `center.phone` (one string) → `center.phoneNumbers` (a list). */
function campaignV1ToV2(doc: Json): Json {
	const out: Json = { ...doc, schemaVersion: 2 };
	if (isObject(doc.center)) {
		const { phone, ...center } = doc.center;
		out.center = {
			...center,
			phoneNumbers: typeof phone === 'string' && phone !== '' ? [phone] : [],
			channels: Array.isArray(center.channels) ? center.channels : []
		};
	}
	return out;
}

/** Migration steps keyed by the version they upgrade from. */
export const evaluationMigrations: Readonly<Record<number, Migration>> = { 1: evaluationV1ToV2 };
export const campaignMigrations: Readonly<Record<number, Migration>> = { 1: campaignV1ToV2 };

/** Brings a record of any supported version to the current one; never throws. */
export function migrate(
	input: unknown,
	table: Readonly<Record<number, Migration>>
): MigrationResult {
	if (!isObject(input)) return fail('(root)', 'expected an object');
	const v = input.schemaVersion;
	if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
		return fail('schemaVersion', 'expected a whole number ≥ 1');
	}
	if (v > CURRENT_SCHEMA_VERSION) {
		return fail(
			'schemaVersion',
			`schema version ${v} is newer than this app supports (${CURRENT_SCHEMA_VERSION})`
		);
	}
	let doc = input;
	for (let from = v; from < CURRENT_SCHEMA_VERSION; from++) {
		const step = table[from];
		if (!step) return fail('schemaVersion', `no migration from schema version ${from}`);
		doc = step(doc);
	}
	return { ok: true, value: doc, from: v };
}

function fail(path: string, message: string): MigrationResult {
	return { ok: false, errors: [{ path, message }] };
}
