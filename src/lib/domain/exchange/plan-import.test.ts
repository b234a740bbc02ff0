import { describe, expect, it } from 'vitest';
import { buildCampaign, buildEvaluation, T0 } from '../../testing/builders';
import { buildPhoto, buildTestBundle } from '../../testing/bundles';
import { testUuid } from '../../testing/prng';
import type { Bundle } from './bundle';
import { planImport, type ExistingRecords } from './plan-import';

const NOW = T0 + 86_400_000;
const FP = '3F2A 9C1B 77D0 E4A2';
const campaignId = testUuid(1, 0xca);

/** A bundle of four evaluations at revision 2 with one photo each, and their campaign. */
function bundle(): Bundle {
	const ids = [1, 2, 3, 4].map((n) => testUuid(n));
	return buildTestBundle({
		campaigns: [buildCampaign({ updatedAt: T0 + 1000 })],
		evaluations: ids.map((id) => buildEvaluation({ id, revision: 2 })),
		photos: ids.map((id, i) => buildPhoto({ id: `p${i + 1}`, evaluationId: id }))
	});
}

const none: ExistingRecords = { evaluations: new Map(), campaigns: new Map() };

describe('planImport', () => {
	it('evaluations: new id → add, newer revision → update, equal → skip, older → older', () => {
		const existing: ExistingRecords = {
			evaluations: new Map([
				[testUuid(2), { revision: 1, origin: { importedAt: T0 } }],
				[testUuid(3), { revision: 2 }],
				[testUuid(4), { revision: 5 }]
			]),
			campaigns: new Map()
		};
		const plan = planImport(bundle(), existing, { now: NOW });
		expect(plan.evaluations.map((e) => [e.action, e.existingRevision, e.reason])).toEqual([
			['add', undefined, undefined],
			['update', 1, undefined],
			['skip', 2, 'same revision'],
			['older', 5, 'this device has a newer revision']
		]);
		expect(plan.summary).toMatchObject({
			added: [testUuid(1)],
			updated: [testUuid(2)],
			skipped: [testUuid(3)],
			older: [testUuid(4)]
		});
	});

	it('writes hold only adds and updates, with the photos of those evaluations', () => {
		const existing: ExistingRecords = {
			evaluations: new Map([
				[testUuid(3), { revision: 2 }],
				[testUuid(4), { revision: 3 }]
			]),
			campaigns: new Map()
		};
		const plan = planImport(bundle(), existing, { now: NOW });
		expect(plan.writes.evaluations.map((e) => e.id)).toEqual([testUuid(1), testUuid(2)]);
		expect(plan.writes.photos.map((p) => p.id)).toEqual(['p1', 'p2']);
	});

	it('imported evaluations get origin { importedAt: now, signerFingerprint } (read-only marker)', () => {
		const signed = planImport(bundle(), none, { now: NOW, signerFingerprint: FP });
		expect(signed.writes.evaluations[0]?.origin).toEqual({
			importedAt: NOW,
			signerFingerprint: FP
		});
		const unsigned = planImport(bundle(), none, { now: NOW });
		expect(unsigned.writes.evaluations[0]?.origin).toEqual({ importedAt: NOW });
		expect(unsigned.writes.evaluations[0]?.origin).not.toBe(unsigned.writes.evaluations[1]?.origin);
	});

	it('an origin inside the bundle is replaced by this import’s', () => {
		const b = bundle();
		b.evaluations[0] = { ...b.evaluations[0]!, origin: { importedAt: 1, signerFingerprint: 'X' } };
		expect(planImport(b, none, { now: NOW }).writes.evaluations[0]?.origin).toEqual({
			importedAt: NOW
		});
	});

	it('an update over an evaluation made on this device (no origin) is flagged replacesOwn', () => {
		const existing: ExistingRecords = {
			evaluations: new Map([
				[testUuid(1), { revision: 1 }],
				[testUuid(2), { revision: 1, origin: { importedAt: T0 } }]
			]),
			campaigns: new Map()
		};
		const [own, imported] = planImport(bundle(), existing, { now: NOW }).evaluations;
		expect(own).toMatchObject({ action: 'update', replacesOwn: true });
		expect(imported?.replacesOwn).toBeUndefined();
	});

	it('campaigns: new → add, newer updatedAt → update, same → skip, older → skip', () => {
		const at = (updatedAt: number): ExistingRecords => ({
			evaluations: new Map(),
			campaigns: new Map([[campaignId, { updatedAt }]])
		});
		const action = (e: ExistingRecords) => planImport(bundle(), e, { now: NOW }).campaigns[0];
		expect(action(none)).toMatchObject({ action: 'add' });
		expect(action(at(T0))).toMatchObject({ action: 'update' });
		expect(action(at(T0 + 1000))).toMatchObject({ action: 'skip', reason: 'same updatedAt' });
		expect(action(at(T0 + 2000))).toMatchObject({
			action: 'skip',
			reason: 'this device has a newer copy'
		});
		const skipped = planImport(bundle(), at(T0 + 1000), { now: NOW });
		expect(skipped.writes.campaigns).toEqual([]);
		expect(skipped.summary.campaigns).toEqual({ added: [], updated: [], skipped: [campaignId] });
	});

	it('an empty bundle plans nothing', () => {
		const plan = planImport(buildTestBundle({ campaigns: [], evaluations: [], photos: [] }), none, {
			now: NOW
		});
		expect(plan.summary).toEqual({
			added: [],
			updated: [],
			skipped: [],
			older: [],
			campaigns: { added: [], updated: [], skipped: [] }
		});
	});
});
