import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog';
import { buildCampaign, buildEvaluation, T0 } from '../../testing/builders';
import { buildPhoto, buildTestRecords, TINY_JPEG_ID } from '../../testing/bundles';
import { testUuid } from '../../testing/prng';
import { buildBundle, bundleOfCampaign, bundleOfEvaluation } from './build';
import { generateSigningKey, signBundle, verifyBundle } from './signature';

const base = { now: T0, appVersion: '1.2.3' };

describe('buildBundle', () => {
	it('writes the envelope: format, version, createdAt, app and the catalog version', () => {
		const b = buildBundle({ ...buildTestRecords(), ...base });
		expect(b).toMatchObject({
			format: 'ks-s-1006-bundle',
			formatVersion: 2,
			createdAt: T0,
			app: { name: 'ks-s-1006-mystery-shopper', version: '1.2.3' },
			catalog: {
				standard: 'KS S 1006',
				criteriaDate: catalog.version.criteriaDate,
				revision: catalog.version.revision
			}
		});
		expect(b.evaluations).toHaveLength(2);
		expect(b.photos).toHaveLength(1);
		expect('signature' in b).toBe(false);
	});

	it('every evaluation needs its campaign in the bundle', () => {
		const e = buildEvaluation({ campaignId: testUuid(9, 0xca) });
		expect(() => buildBundle({ campaigns: [buildCampaign()], evaluations: [e], ...base })).toThrow(
			/campaign\(s\) 000000ca-0000-4000-8000-000000000009 missing/
		);
	});

	it('every photo needs its evaluation; ids must be unique', () => {
		const records = buildTestRecords();
		expect(() =>
			buildBundle({ ...records, photos: [buildPhoto({ evaluationId: testUuid(5) })], ...base })
		).toThrow(/photo\(s\) sha256-\w+ of no evaluation/);
		expect(() =>
			buildBundle({
				...records,
				evaluations: [...records.evaluations, records.evaluations[0]!],
				...base
			})
		).toThrow(/evaluation id .* appears twice/);
	});

	it('a record made here travels without origin; an imported one keeps its trust mark', () => {
		const own = buildEvaluation({ id: testUuid(1) });
		const verified = buildEvaluation({
			id: testUuid(2),
			origin: { importedAt: T0, signerFingerprint: 'AAAA BBBB CCCC DDDD' }
		});
		const altered = buildEvaluation({
			id: testUuid(3),
			origin: { importedAt: T0, trust: 'altered' }
		});
		const b = buildBundle({
			campaigns: [buildCampaign()],
			evaluations: [own, verified, altered],
			...base
		});
		expect('origin' in b.evaluations[0]!).toBe(false);
		expect(b.evaluations[1]!.origin).toEqual({
			importedAt: T0,
			signerFingerprint: 'AAAA BBBB CCCC DDDD',
			trust: 'verified'
		});
		expect(b.evaluations[2]!.origin).toEqual({ importedAt: T0, trust: 'altered' });
	});

	it('one photo (one content hash) may be evidence of two evaluations', () => {
		const records = buildTestRecords();
		const photos = [buildPhoto(), buildPhoto({ evaluationId: testUuid(2) })];
		expect(buildBundle({ ...records, photos, ...base }).photos).toHaveLength(2);
		expect(() =>
			buildBundle({ ...records, photos: [buildPhoto(), buildPhoto()], ...base })
		).toThrow(/appears twice/);
	});

	it('anonymise: true replaces agent names; false keeps them', () => {
		const records = buildTestRecords();
		const anon = buildBundle({ ...records, ...base, anonymise: true });
		expect(anon.evaluations.map((e) => e.agent)).toEqual([
			{ name: '상담사 A', team: '카드팀', anonymised: true },
			{ name: '상담사 B', team: '카드팀', anonymised: true }
		]);
		expect(buildBundle({ ...records, ...base }).evaluations[0]?.agent?.name).toBe('김민지');
	});

	it('an anonymised bundle is signed as anonymised: the signature covers the pseudonyms, every copy is marked', async () => {
		const records = buildTestRecords();
		const unsigned = buildBundle({ ...records, ...base, anonymise: true });
		const signed = await signBundle(unsigned, await generateSigningKey());
		expect(await verifyBundle(JSON.parse(JSON.stringify(signed)))).toMatchObject({
			state: 'verified'
		});
		expect(JSON.stringify(signed).includes('김민지')).toBe(false);
		expect(signed.evaluations.every((e) => e.agent?.anonymised === true)).toBe(true);
		const plain = buildBundle({ ...records, ...base });
		expect(plain.evaluations.some((e) => e.agent?.anonymised)).toBe(false);
	});

	it('bundleOfEvaluation: one evaluation with its campaign', () => {
		const { campaigns, evaluations } = buildTestRecords();
		const b = bundleOfEvaluation(evaluations[1]!, campaigns[0]!, base);
		expect(b.evaluations.map((e) => e.id)).toEqual([testUuid(2)]);
		expect(b.campaigns).toHaveLength(1);
	});

	it('bundleOfCampaign: only that campaign’s evaluations and their photos', () => {
		const { campaigns, evaluations, photos } = buildTestRecords();
		const stranger = buildEvaluation({ id: testUuid(3), campaignId: testUuid(2, 0xca) });
		const b = bundleOfCampaign(campaigns[0]!, [...evaluations, stranger], {
			...base,
			photos: [...photos, buildPhoto({ id: 'p3', evaluationId: testUuid(3) })]
		});
		expect(b.evaluations.map((e) => e.id)).toEqual([testUuid(1), testUuid(2)]);
		expect(b.photos.map((p) => p.id)).toEqual([TINY_JPEG_ID]);
	});
});
