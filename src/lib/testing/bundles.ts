/** Builders for exchange bundles in tests and benches: valid by default, override what matters. */
import { catalog } from '../domain/catalog';
import {
	buildBundle,
	bytesToBase64,
	type BundlePhoto,
	type UnsignedBundle
} from '../domain/exchange';
import type { Campaign } from '../domain/record/campaign';
import type { Evaluation } from '../domain/record/evaluation';
import { buildAnswers, buildCampaign, buildEvaluation, buildIvrEvents, T0 } from './builders';
import { mulberry32, testUuid } from './prng';
import { syntheticEvaluations } from './synthetic';

/** Base64 of a 24-byte stand-in JPEG: the JPEG signature and JFIF header, then zeros. */
export function tinyJpegBase64(): string {
	const bytes = new Uint8Array(24);
	bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
	return bytesToBase64(bytes);
}

/** The content id (`sha256-…`) of `tinyJpegBase64()`'s bytes. */
export const TINY_JPEG_ID =
	'sha256-fad9a79d80e3ce8a189b230fe68feea4d28f71f1e2dcf6275b06e7b11334d64c';

/** A photo of evaluation `testUuid(1)` with stand-in JPEG bytes, addressed by its hash. */
export function buildPhoto(overrides: Partial<BundlePhoto> = {}): BundlePhoto {
	return {
		id: TINY_JPEG_ID,
		evaluationId: testUuid(1),
		mimeType: 'image/jpeg',
		width: 640,
		height: 480,
		createdAt: T0,
		dataBase64: tinyJpegBase64(),
		...overrides
	};
}

/**
 * Two final evaluations of one campaign: #1 by agent 김민지 (team 카드팀) with a note naming
 * her, an overridden suggestion, an IVR timeline, a callback and a change log entry; #2 by
 * agent 이서준. One photo, on #1. Every optional field the format has appears at least once.
 */
export function buildTestRecords(): {
	campaigns: Campaign[];
	evaluations: Evaluation[];
	photos: BundlePhoto[];
} {
	const campaign = buildCampaign({
		center: {
			name: '테스트 카드 고객센터',
			phoneNumbers: ['1588-0000'],
			email: 'help@example.com',
			web: 'https://example.com',
			channels: [{ kind: 'chat', name: '웹 채팅', address: 'https://example.com/chat' }]
		},
		emailAnswerStandardHours: 24
	});
	const first = buildEvaluation({
		id: testUuid(1),
		agent: { name: '김민지', team: '카드팀' },
		consultedAt: { date: '2025-09-01', from: '10:00', to: '10:12' },
		overallOpinion: '친절하고 정확함',
		answers: {
			...buildAnswers({ 'A1-01': 'met', 'S01-1': 'partial' }),
			'B1-07': {
				value: 'not-met',
				evidenceIds: [],
				answeredAt: T0,
				overridesSuggestion: { suggested: 'met', reason: 'no machine drop recorded' }
			},
			'S03-5': {
				value: 'met',
				note: '김민지 상담사가 먼저 끊지 않음',
				evidenceIds: [TINY_JPEG_ID],
				answeredAt: T0
			}
		},
		ivr: {
			startedAt: T0,
			events: buildIvrEvents([
				['dial', 0],
				['greeting-start', 2],
				['menu', 10, { level: 1, key: '1' }],
				['agent-answer', 30],
				['call-end', 200]
			])
		},
		followUps: [
			{
				id: 'f1',
				kind: 'callback',
				via: 'ivr',
				requestedAt: T0 + 200_000,
				reservedAt: T0 + 3_600_000
			}
		],
		changeLog: [
			{ version: 1, at: T0, by: 'd-test', field: 'created', old: null, new: null },
			{
				version: 2,
				at: T0,
				by: 'd-test',
				field: 'agent',
				old: null,
				new: { name: '김민지', team: null }
			}
		]
	});
	const second = buildEvaluation({
		id: testUuid(2),
		agent: { name: '이서준', team: '카드팀' },
		values: { 'A1-01': 'not-met', 'C1-01': 'na' }
	});
	return { campaigns: [campaign], evaluations: [first, second], photos: [buildPhoto()] };
}

/** An unsigned bundle of `buildTestRecords()`, made at T0 + 1 h by app version 0.1.0. */
export function buildTestBundle(overrides: Partial<UnsignedBundle> = {}): UnsignedBundle {
	return {
		...buildBundle({ ...buildTestRecords(), now: T0 + 3_600_000, appVersion: '0.1.0' }),
		...overrides
	};
}

/** A bundle as a plain JSON value (what JSON.parse gives back), for mutation tests. */
export function bundleAsJson(bundle: object = buildTestBundle()): Record<string, unknown> {
	return JSON.parse(JSON.stringify(bundle)) as Record<string, unknown>;
}

/** A bundle of `n` synthetic evaluations over the real catalog with their three campaigns. */
export function largeBundle(n: number, seed = 7): UnsignedBundle {
	const evaluations = syntheticEvaluations(n, catalog, seed);
	const campaigns = [1, 2, 3].map((k) => buildCampaign({ id: testUuid(k, 0xca) }));
	return buildBundle({ campaigns, evaluations, now: T0, appVersion: '0.1.0' });
}

// Generated bad bundles for parse-bundle.fuzz.test.ts: systematic mutations of one valid
// bundle (every required field removed, every field of the wrong type).

export interface BadCase {
	name: string;
	text: string;
	/** The path an error must name (itself, its parent or a child), or a pattern for the line. */
	expect: { path: string } | { line: RegExp };
}

type Json = Record<string, unknown>;
type Seg = string | number;

/** Fields whose absence is valid; `*` stands for an array index or a record key. */
const OPTIONAL = new Set([
	'signature',
	'photos.*.createdAt',
	'campaigns.*.emailAnswerStandardHours',
	'campaigns.*.center.email',
	'campaigns.*.center.web',
	'campaigns.*.center.channels.*.address',
	'campaigns.*.template.channelExclusions.*',
	'evaluations.*.agent',
	'evaluations.*.agent.name',
	'evaluations.*.agent.team',
	'evaluations.*.consultedAt',
	'evaluations.*.overallOpinion',
	'evaluations.*.answers.*',
	'evaluations.*.answers.*.note',
	'evaluations.*.answers.*.overridesSuggestion',
	'evaluations.*.answers.*.overridesSuggestion.reason',
	'evaluations.*.ivr.startedAt',
	'evaluations.*.ivr.events.*.key',
	'evaluations.*.ivr.events.*.level',
	'evaluations.*.followUps.*.reservedAt',
	'evaluations.*.changeLog.*.checkId',
	'evaluations.*.changeLog.*.ref',
	'evaluations.*.changeLog.*.suggested',
	'evaluations.*.changeLog.*.reason'
]);

/** Values whose type and shape may legitimately vary (change-log values: string, list, map…). */
const ANY_VALUE = ['evaluations.*.changeLog.*.old', 'evaluations.*.changeLog.*.new'];
const isFree = (p: string) => ANY_VALUE.some((v) => p === v || p.startsWith(`${v}.`));

const RECORD_KEYS = new Set(['answers', 'channelExclusions', 'stageWeights']);

/** A path pattern with indices and record keys as `*`. */
export function patternOf(path: readonly Seg[]): string {
	return path
		.map((s, i) => (typeof s === 'number' || RECORD_KEYS.has(String(path[i - 1])) ? '*' : s))
		.join('.');
}

/** Error-style path: `evaluations[0].answers.A1-01.value` (indices inside records as `.0`). */
export function errorPath(path: readonly Seg[]): string {
	const [head, index, ...rest] = path;
	if (typeof index === 'number') return [`${head}[${index}]`, ...rest].join('.');
	return path.join('.');
}

/** Every (path, value) in a JSON tree, parents before children. */
function* walk(value: unknown, path: Seg[] = []): Generator<[Seg[], unknown]> {
	if (path.length) yield [path, value];
	if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* walk(v, [...path, i]);
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) yield* walk(v, [...path, k]);
}

function setAt(doc: Json, path: readonly Seg[], fn: (parent: Json, key: Seg) => void): Json {
	const copy = structuredClone(doc);
	let node: unknown = copy;
	for (const seg of path.slice(0, -1)) node = (node as Json)[seg];
	fn(node as Json, path[path.length - 1]!);
	return copy;
}

function wrongTypeOf(value: unknown): unknown {
	if (typeof value === 'string') return 12345;
	if (typeof value === 'number') return String(value); // numbers as strings
	if (typeof value === 'boolean') return 'true';
	if (Array.isArray(value)) return { length: 0 };
	return 'x';
}

/** One case per required field removed and per field given the wrong type. */
export function systematicCases(base: Json = bundleAsJson()): BadCase[] {
	const cases: BadCase[] = [];
	for (const [path, value] of walk(base)) {
		const p = patternOf(path);
		const where = errorPath(path);
		const parentIsArray = typeof path[path.length - 1] === 'number';
		if (isFree(p)) continue;
		if (!parentIsArray && !OPTIONAL.has(p)) {
			const doc = setAt(base, path, (parent, key) => delete parent[key]);
			cases.push({ name: `remove ${where}`, text: JSON.stringify(doc), expect: { path: where } });
		}
		if (value !== null) {
			const doc = setAt(base, path, (parent, key) => (parent[key] = wrongTypeOf(value)));
			cases.push({
				name: `wrong type ${where}`,
				text: JSON.stringify(doc),
				expect: { path: where }
			});
		}
	}
	return cases;
}

/** The optional fields, each removed alone: these must still parse. */
export function optionalRemovals(base: Json = bundleAsJson()): { name: string; text: string }[] {
	const out: { name: string; text: string }[] = [];
	for (const [path] of walk(base)) {
		if (typeof path[path.length - 1] === 'number' || !OPTIONAL.has(patternOf(path))) continue;
		const doc = setAt(base, path, (parent, key) => delete parent[key]);
		out.push({ name: `remove ${errorPath(path)}`, text: JSON.stringify(doc) });
	}
	return out;
}

/** Random printable and control characters, reproducible from `seed`. */
export function randomText(seed: number, length: number): string {
	const rng = mulberry32(seed);
	return Array.from({ length }, () => String.fromCharCode(Math.floor(rng() * 0x3000))).join('');
}

/** A bad case made by mutating a fresh copy of the valid test bundle; its error must name `path`. */
export function mutation(name: string, path: string, fn: (doc: BundleDoc) => void): BadCase {
	const doc = bundleAsJson() as BundleDoc;
	fn(doc);
	return { name, text: JSON.stringify(doc), expect: { path } };
}

/** A bad case given as file text; one error line (`path: message`) must match `line`. */
export function badText(name: string, text: string, line: RegExp): BadCase {
	return { name, text, expect: { line } };
}

export type BundleDoc = Json & { evaluations: Json[]; campaigns: Json[]; photos: Json[] };

/** True when `errors` name the problem a case expects (see `BadCase.expect`). */
export function namesProblem(errors: { path: string; message: string }[], c: BadCase): boolean {
	if ('line' in c.expect) {
		const want = c.expect.line;
		return errors.some((e) => want.test(`${e.path}: ${e.message}`));
	}
	const norm = (p: string) => p.replace(/\[(\d+)\]/g, '.$1').split('.');
	const w = norm(c.expect.path);
	const prefix = (a: string[], b: string[]) => a.every((seg, i) => b[i] === seg);
	return errors.some((e) => {
		const p = norm(e.path);
		// The path itself, its parent (e.g. a union or refine reported one level up) or a child.
		return (prefix(p, w) && p.length >= w.length - 1) || prefix(w, p);
	});
}
