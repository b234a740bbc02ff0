// The JavaScript team client (scripts/lib/team-client.js) that the server tests and the server
// benchmark share: its records must be what the app itself accepts, and its canonical JSON and
// fingerprints the app's own.
import { describe, expect, it } from 'vitest';
import {
	buildCampaign,
	buildEvaluation,
	canonicalize as jsCanonicalize,
	DEFAULT_TEMPLATE,
	editEvaluation,
	newDeviceKey,
	signCanonical
} from '../../../scripts/lib/team-client.js';
import { canonicalize } from '../domain/exchange/canonical';
import { fingerprintOf } from '../domain/exchange/signature';
import { catalog } from '../domain/catalog';
import { parseEvaluation } from '../domain/record';
import { Campaign } from '../domain/record/campaign';
import { Evaluation } from '../domain/record/evaluation';
import { defaultTemplate } from '../domain/record/template';

const campaignId = '00000000-0000-4000-8000-0000000000ca';

describe('team client records', () => {
	it('starts campaigns with the app’s default template', () => {
		expect(DEFAULT_TEMPLATE).toEqual(defaultTemplate());
		expect(Campaign.safeParse(buildCampaign(campaignId)).error).toBeUndefined();
	});

	it('builds evaluations that parse, with versions that follow their change log', () => {
		for (const n of [0, 1, 7]) {
			const e = buildEvaluation({ id: crypto.randomUUID(), campaignId, deviceId: 'd-1', n });
			expect(Evaluation.safeParse(e).error).toBeUndefined();
			// What the server checks on every push: the catalog knows each answered check.
			expect(parseEvaluation(e, { catalog })).toMatchObject({ ok: true });
			expect(e.version).toBe(e.changeLog.length);
		}
		const photo = `sha256-${'ab'.repeat(32)}`;
		const withPhoto = buildEvaluation({
			id: crypto.randomUUID(),
			campaignId,
			deviceId: 'd-1',
			evidence: [photo],
			edits: 2
		});
		expect(Evaluation.safeParse(withPhoto).error).toBeUndefined();
		const next = editEvaluation(withPhoto, 'd-2');
		expect(Evaluation.safeParse(next).error).toBeUndefined();
		expect(parseEvaluation(next, { catalog })).toMatchObject({ ok: true });
		expect(next.version).toBe(withPhoto.version + 1);
		expect(next.changeLog.slice(0, -1)).toEqual(withPhoto.changeLog);
	});

	it('writes the app’s canonical JSON and fingerprints, and signatures that verify', async () => {
		const record = buildEvaluation({ id: crypto.randomUUID(), campaignId, deviceId: 'd-1' });
		const sample = [record, { b: 1, a: [true, null, 'ü'], c: undefined, d: -0, e: 1e21 }];
		expect(jsCanonicalize(sample)).toBe(canonicalize(sample));
		const key = await newDeviceKey('d-1');
		expect(key.fingerprint).toBe(await fingerprintOf(key.publicKeyJwk));
		const signature = await signCanonical(key.pair.privateKey, [record]);
		const publicKey = await crypto.subtle.importKey(
			'jwk',
			{ ...key.publicKeyJwk, ext: true },
			{ name: 'ECDSA', namedCurve: 'P-256' },
			true,
			['verify']
		);
		const bytes = new TextEncoder().encode(canonicalize([record]));
		const verify = (data: Uint8Array<ArrayBuffer>) =>
			crypto.subtle.verify(
				{ name: 'ECDSA', hash: 'SHA-256' },
				publicKey,
				Buffer.from(signature, 'base64'),
				data
			);
		expect(await verify(bytes)).toBe(true);
		expect(await verify(new TextEncoder().encode(canonicalize([{ ...record, version: 99 }])))).toBe(
			false
		);
	});
});
