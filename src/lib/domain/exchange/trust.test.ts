import { describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../testing/builders';
import { buildTestBundle } from '../../testing/bundles';
import { planImport } from './plan-import';
import { bundleTrust, type RegisteredKey } from './trust';

const FP = '3F2A 9C1B 77D0 E4A2';
const verified = { state: 'verified', fingerprint: FP } as const;
const registry = (fingerprint: string, revoked = false): RegisteredKey[] => [
	{ fingerprint, displayName: '김평가', revoked }
];

describe('bundle trust with the team’s key registry', () => {
	it('without a registry a valid signature reads verified, as before', () => {
		expect(bundleTrust(verified, 2)).toEqual({
			trust: 'verified',
			signerFingerprint: FP,
			signatureMissing: false
		});
	});

	it('a signer the registry knows reads verified with the member’s name', () => {
		expect(bundleTrust(verified, 2, registry(FP))).toEqual({
			trust: 'verified',
			signerFingerprint: FP,
			signerName: '김평가',
			signatureMissing: false
		});
	});

	it('a signer outside the registry, or a revoked key, reads unknown-signer, never verified', () => {
		for (const keys of [registry('0000 1111 2222 3333'), registry(FP, true), []]) {
			const t = bundleTrust(verified, 2, keys);
			expect(t.trust).toBe('unknown-signer');
			expect(t.signerName).toBeUndefined();
		}
	});

	it('an altered or stripped file stays altered whatever the registry says', () => {
		const altered = { state: 'altered', fingerprint: FP, reason: 'content-changed' } as const;
		expect(bundleTrust(altered, 2, registry(FP)).trust).toBe('altered');
		expect(bundleTrust({ state: 'unsigned' }, 2, registry(FP)).trust).toBe('altered');
	});

	it('imported records carry the mark and the signer’s name in their origin', () => {
		const bundle = { ...buildTestBundle(), evaluations: [buildEvaluation()] };
		const known = planImport(
			bundle,
			{ evaluations: new Map(), campaigns: new Map() },
			{
				now: 5,
				trust: bundleTrust(verified, 2, registry(FP))
			}
		);
		expect(known.evaluations[0]?.evaluation.origin).toEqual({
			importedAt: 5,
			trust: 'verified',
			signerFingerprint: FP,
			signerName: '김평가'
		});
		const stranger = planImport(
			bundle,
			{ evaluations: new Map(), campaigns: new Map() },
			{
				now: 5,
				trust: bundleTrust(verified, 2, registry('0000 1111 2222 3333'))
			}
		);
		expect(stranger.evaluations[0]?.evaluation.origin?.trust).toBe('unknown-signer');
	});
});
