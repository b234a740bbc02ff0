/**
 * Record format migrations. Version 1 (the first field prototype) stored answers as an array of
 * `{ checkId, … }`, called a finished evaluation 'done', had no revision or change log, and a
 * campaign had a single `center.phone`. Version 2 had no per-write version: its change log
 * held free-form fields and several entries per write. Version 3 is the current format.
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

/** The author of every edit made before records carried versions. */
export const LEGACY_ACTOR = 'legacy';

const V2_FIELDS: Record<string, string> = {
	value: 'answer',
	note: 'note',
	ivr: 'ivr',
	status: 'status',
	revision: 'reopen',
	overallOpinion: 'overallOpinion',
	scenario: 'scenario',
	agent: 'agent',
	consultedAt: 'consultedAt'
};

/**
 * v2 → v3 evaluation: the old entries keep their values and get numbers 1…n (by `legacy`),
 * then one `migrated` entry makes version n + 1. The step is deterministic, so two devices
 * migrating the same v2 record reach the same v3 record and its history still compares.
 */
function evaluationV2ToV3(doc: Json): Json {
	const log = Array.isArray(doc.changeLog) ? doc.changeLog : [];
	const entries: Json[] = log.map((raw, i): Json => {
		const entry = isObject(raw) ? raw : {};
		const field = typeof entry.field === 'string' ? entry.field : '';
		const followUp = /^followUp:(.+)$/.exec(field);
		const out: Json = {
			version: i + 1,
			at: entry.at,
			by: LEGACY_ACTOR,
			field: followUp ? 'follow-up' : (V2_FIELDS[field] ?? 'legacy'),
			old: entry.old ?? null,
			new: entry.new ?? null
		};
		if (entry.checkId !== undefined) out.checkId = entry.checkId;
		if (followUp) out.ref = followUp[1]!.slice(0, 100);
		return out;
	});
	const at = typeof doc.updatedAt === 'number' ? doc.updatedAt : 0;
	const version = entries.length + 1;
	entries.push({ version, at, by: LEGACY_ACTOR, field: 'migrated', old: 2, new: 3 });
	return {
		...doc,
		schemaVersion: 3,
		version,
		baseVersion: version - 1,
		deviceId: LEGACY_ACTOR,
		changeLog: entries
	};
}

/** v2 → v3 campaign: the same shape. */
function campaignV2ToV3(doc: Json): Json {
	return { ...doc, schemaVersion: 3 };
}

/** Migration steps keyed by the version they upgrade from. */
export const evaluationMigrations: Readonly<Record<number, Migration>> = {
	1: evaluationV1ToV2,
	2: evaluationV2ToV3
};
export const campaignMigrations: Readonly<Record<number, Migration>> = {
	1: campaignV1ToV2,
	2: campaignV2ToV3
};

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
