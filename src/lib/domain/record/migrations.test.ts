import { describe, expect, it } from 'vitest';
import {
	buildCampaignV1,
	buildCampaignV2,
	buildEvaluationV1,
	buildEvaluationV2
} from '../../testing/legacy';
import { T0 } from '../../testing/builders';
import { CURRENT_SCHEMA_VERSION } from './common';
import { campaignMigrations, evaluationMigrations, migrate } from './migrations';
import { parseCampaign, parseEvaluation } from './parse';
import { defaultTemplate } from './template';

/** One fixture per earlier version; adding a version without a fixture fails the harness. */
const evaluationFixtures: Record<number, () => unknown> = {
	1: () => buildEvaluationV1(),
	2: () => buildEvaluationV2()
};
const campaignFixtures: Record<number, () => unknown> = {
	1: () => buildCampaignV1(defaultTemplate()),
	2: () => buildCampaignV2(defaultTemplate())
};

describe('migration table', () => {
	it('has a step and a fixture from every earlier version to the current one', () => {
		for (let v = 1; v < CURRENT_SCHEMA_VERSION; v++) {
			expect(evaluationMigrations[v], `evaluation step from v${v}`).toBeTypeOf('function');
			expect(campaignMigrations[v], `campaign step from v${v}`).toBeTypeOf('function');
			expect(evaluationFixtures[v], `evaluation fixture v${v}`).toBeTypeOf('function');
			expect(campaignFixtures[v], `campaign fixture v${v}`).toBeTypeOf('function');
		}
	});

	it('every earlier evaluation version parses into the current schema', () => {
		for (const [v, make] of Object.entries(evaluationFixtures)) {
			const res = parseEvaluation(make());
			expect(res.ok, `from v${v}: ${JSON.stringify(res.ok ? '' : res.errors)}`).toBe(true);
		}
	});

	it('every earlier campaign version parses into the current schema', () => {
		for (const [v, make] of Object.entries(campaignFixtures)) {
			const res = parseCampaign(make());
			expect(res.ok, `from v${v}: ${JSON.stringify(res.ok ? '' : res.errors)}`).toBe(true);
		}
	});

	it('the current version passes through unchanged', () => {
		const doc = { schemaVersion: CURRENT_SCHEMA_VERSION, x: 1 };
		expect(migrate(doc, evaluationMigrations)).toEqual({
			ok: true,
			value: doc,
			from: CURRENT_SCHEMA_VERSION
		});
	});

	it('a future version is rejected with a clear message', () => {
		expect(migrate({ schemaVersion: 9 }, evaluationMigrations)).toEqual({
			ok: false,
			errors: [
				{ path: 'schemaVersion', message: 'schema version 9 is newer than this app supports (3)' }
			]
		});
	});

	it('a missing or broken version is rejected', () => {
		expect(migrate({}, evaluationMigrations).ok).toBe(false);
		expect(migrate({ schemaVersion: 1.5 }, evaluationMigrations).ok).toBe(false);
		expect(migrate([], evaluationMigrations).ok).toBe(false);
	});
});

describe('evaluation v1 → v2', () => {
	it('answers array → record keyed by check id, done → final, revision 1, log only the migration', () => {
		const res = parseEvaluation(buildEvaluationV1());
		if (!res.ok) throw new Error(JSON.stringify(res.errors));
		expect(res.value.status).toBe('final');
		expect(res.value.revision).toBe(1);
		expect(res.value.changeLog.map((c) => c.field)).toEqual(['migrated']);
		expect(res.value.followUps).toEqual([]);
		expect(res.value.answers).toEqual({
			'A1-01': { value: 'met', evidenceIds: [], answeredAt: T0 },
			'B1-07': { value: 'not-met', note: 'dropped', evidenceIds: ['p1'], answeredAt: T0 + 1 }
		});
	});

	it('duplicate answers for one check: the latest answeredAt wins', () => {
		const res = parseEvaluation(
			buildEvaluationV1({
				answers: [
					{ checkId: 'A1-01', value: 'met', answeredAt: T0 + 5 },
					{ checkId: 'A1-01', value: 'not-met', answeredAt: T0 + 1 }
				]
			})
		);
		expect(res.ok && res.value.answers['A1-01']?.value).toBe('met');
	});

	it('draft stays draft; a hostile __proto__ check id is dropped, never merged into the prototype', () => {
		const input = JSON.parse(
			JSON.stringify(buildEvaluationV1({ status: 'draft' })).replace('"A1-01"', '"__proto__"')
		) as unknown;
		const res = parseEvaluation(input);
		if (!res.ok) throw new Error(JSON.stringify(res.errors));
		expect(res.value.status).toBe('draft');
		expect(Object.keys(res.value.answers)).toEqual(['B1-07']);
		expect(Object.getPrototypeOf(res.value.answers)).toBe(Object.prototype);
	});
});

describe('campaign v1 → v2', () => {
	it('center.phone → center.phoneNumbers, channels default to []', () => {
		const res = parseCampaign(buildCampaignV1(defaultTemplate()));
		if (!res.ok) throw new Error(JSON.stringify(res.errors));
		expect(res.value.center).toEqual({
			name: 'Old center',
			phoneNumbers: ['1588-1234'],
			channels: []
		});
	});
});

describe('evaluation v2 → v3', () => {
	it('numbers the old entries 1…n by legacy, maps their fields, and adds one migrated entry', () => {
		const res = parseEvaluation(buildEvaluationV2());
		if (!res.ok) throw new Error(JSON.stringify(res.errors));
		const e = res.value;
		expect(e).toMatchObject({ version: 6, baseVersion: 5, deviceId: 'legacy', revision: 2 });
		expect(e.changeLog.map((c) => [c.version, c.field, c.ref ?? c.checkId ?? null])).toEqual([
			[1, 'answer', 'A1-01'],
			[2, 'note', 'A1-01'],
			[3, 'follow-up', 'cb'],
			[4, 'legacy', null],
			[5, 'reopen', null],
			[6, 'migrated', null]
		]);
		expect(e.changeLog[3]).toMatchObject({ old: null, new: '김', by: 'legacy' });
		expect(e.answers['A1-01']).toEqual({
			value: 'met',
			note: 'ok',
			evidenceIds: [],
			answeredAt: T0 + 1
		});
	});

	it('is deterministic: two devices migrating one v2 record reach the same v3 record', () => {
		const a = parseEvaluation(buildEvaluationV2());
		const b = parseEvaluation(JSON.parse(JSON.stringify(buildEvaluationV2())));
		expect(a).toEqual(b);
	});
});
