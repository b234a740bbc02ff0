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
import { buildAnswers, buildCampaign, buildEvaluation, T0 } from './builders';
import { testUuid } from './prng';
import { syntheticEvaluations } from './synthetic';

/** Base64 of a 24-byte stand-in JPEG: the JPEG signature and JFIF header, then zeros. */
export function tinyJpegBase64(): string {
	const bytes = new Uint8Array(24);
	bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
	return bytesToBase64(bytes);
}

/** A photo of evaluation `testUuid(1)` with stand-in JPEG bytes. */
export function buildPhoto(overrides: Partial<BundlePhoto> = {}): BundlePhoto {
	return {
		id: 'photo-1',
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
 * her and a change log entry, #2 by agent 이서준; one photo on #1.
 */
export function buildTestRecords(): {
	campaigns: Campaign[];
	evaluations: Evaluation[];
	photos: BundlePhoto[];
} {
	const campaign = buildCampaign();
	const first = buildEvaluation({
		id: testUuid(1),
		agent: { name: '김민지', team: '카드팀' },
		consultedAt: { date: '2025-09-01', from: '10:00', to: '10:12' },
		answers: {
			...buildAnswers({ 'A1-01': 'met', 'B1-07': 'not-met', 'S01-1': 'partial' }),
			'S03-5': {
				value: 'met',
				note: '김민지 상담사가 먼저 끊지 않음',
				evidenceIds: ['photo-1'],
				answeredAt: T0
			}
		},
		changeLog: [{ at: T0, field: 'agent.name', old: null, new: '김민지' }]
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
