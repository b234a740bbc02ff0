import { beforeAll, describe, expect, it } from 'vitest';
import { bundleAsJson, buildTestBundle } from '../../testing/bundles';
import type { Bundle } from './bundle';
import { canonicalize } from './canonical';
import { parseBundle } from './parse-bundle';
import {
	exportPublicKeyJwk,
	fingerprintOf,
	generateSigningKey,
	signBundle,
	signedBytes,
	verifyBundle
} from './signature';

/** sha256 = a0a232c2f194a535 53cb…: the first 16 hex digits, grouped. */
const FIXED_FINGERPRINT = 'A0A2 32C2 F194 A535';

let keys: CryptoKeyPair;
let other: CryptoKeyPair;
let signed: Bundle;

beforeAll(async () => {
	keys = await generateSigningKey();
	other = await generateSigningKey();
	signed = await signBundle(buildTestBundle(), keys);
});

/** A deep copy, as a receiver would get it from the file. */
const copy = (b: object) => bundleAsJson(b) as unknown as Bundle;

describe('signing keys', () => {
	it('the private key is not extractable; the public key is', async () => {
		expect(keys.privateKey.extractable).toBe(false);
		expect(keys.publicKey.extractable).toBe(true);
		await expect(crypto.subtle.exportKey('jwk', keys.privateKey)).rejects.toThrow();
	});

	it('fingerprint: SHA-256 of the canonical {crv,kty,x,y}, first 8 bytes, 4 groups of 4 hex', async () => {
		const jwk = await exportPublicKeyJwk(keys.publicKey);
		const fp = await fingerprintOf(jwk);
		expect(fp).toMatch(/^[0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4} [0-9A-F]{4}$/);
		const digest = new Uint8Array(
			await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalize(jwk)))
		);
		const hex = Buffer.from(digest.subarray(0, 8)).toString('hex').toUpperCase();
		expect(fp.replaceAll(' ', '')).toBe(hex);
	});

	it('fingerprint of a fixed key is stable (hand-checked with sha256sum)', async () => {
		const jwk = {
			kty: 'EC' as const,
			crv: 'P-256' as const,
			x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
			y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0'
		};
		// printf '%s' '{"crv":"P-256","kty":"EC","x":"f83O…VEU","y":"x_FE…5a0"}' | sha256sum
		// → a0a232c2f194a535…
		expect(await fingerprintOf(jwk)).toBe(FIXED_FINGERPRINT);
	});
});

describe('verifyBundle', () => {
	it('sign → verify = verified, with the signer fingerprint', async () => {
		const fp = await fingerprintOf(await exportPublicKeyJwk(keys.publicKey));
		expect(signed.signature?.fingerprint).toBe(fp);
		expect(await verifyBundle(signed)).toEqual({ state: 'verified', fingerprint: fp });
		expect(await verifyBundle(copy(signed))).toEqual({ state: 'verified', fingerprint: fp });
	});

	it('the signature is a 64-byte raw r||s in base64 (88 characters)', () => {
		expect(signed.signature?.value).toHaveLength(88);
		expect(signed.signature?.algorithm).toBe('ECDSA-P256-SHA256');
	});

	it('survives a file round trip: pretty-printed JSON, parseBundle, verify raw and parsed', async () => {
		const res = parseBundle(JSON.stringify(signed, null, 2));
		expect(res.ok).toBe(true);
		if (!res.ok) return;
		expect((await verifyBundle(res.raw)).state).toBe('verified');
		expect((await verifyBundle(res.bundle)).state).toBe('verified');
	});

	it('change one answer value → altered (content-changed), same claimed fingerprint', async () => {
		const b = copy(signed);
		b.evaluations[0]!.answers['A1-01']!.value = 'not-met';
		expect(await verifyBundle(b)).toEqual({
			state: 'altered',
			fingerprint: signed.signature!.fingerprint,
			reason: 'content-changed'
		});
	});

	it('reordering keys is not a change (the signature covers canonical JSON)', async () => {
		const b = copy(signed) as unknown as Record<string, unknown>;
		const reversed = Object.fromEntries(Object.entries(b).reverse());
		expect((await verifyBundle(reversed)).state).toBe('verified');
	});

	it('adding a field is a change', async () => {
		const b = { ...copy(signed), extra: 1 };
		expect((await verifyBundle(b)).state).toBe('altered');
	});

	it('remove signature → unsigned', async () => {
		const { signature: _s, ...rest } = copy(signed);
		expect(await verifyBundle(rest)).toEqual({ state: 'unsigned' });
		expect(await verifyBundle(buildTestBundle())).toEqual({ state: 'unsigned' });
	});

	it('swap the public key → altered (key-mismatch against the declared fingerprint)', async () => {
		const b = copy(signed);
		b.signature!.publicKeyJwk = await exportPublicKeyJwk(other.publicKey);
		expect(await verifyBundle(b)).toMatchObject({ state: 'altered', reason: 'key-mismatch' });
	});

	it('swap the public key and its fingerprint → altered (content-changed)', async () => {
		const b = copy(signed);
		b.signature!.publicKeyJwk = await exportPublicKeyJwk(other.publicKey);
		b.signature!.fingerprint = await fingerprintOf(b.signature!.publicKeyJwk);
		expect(await verifyBundle(b)).toMatchObject({ state: 'altered', reason: 'content-changed' });
	});

	it('re-signing altered content with another key verifies, but under the other fingerprint', async () => {
		const b = copy(signed);
		b.evaluations[0]!.answers['A1-01']!.value = 'not-met';
		const forged = await signBundle(b, other);
		const res = await verifyBundle(forged);
		expect(res.state).toBe('verified');
		expect(res.state === 'verified' && res.fingerprint).not.toBe(signed.signature!.fingerprint);
	});

	it('malformed signatures → altered, never a throw', async () => {
		const cases: unknown[] = [
			null,
			'abc',
			{},
			{ ...signed.signature, value: 'short' },
			{ ...signed.signature, algorithm: 'RSA' },
			{
				...signed.signature,
				publicKeyJwk: { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'A'.repeat(43) }
			}
		];
		for (const signature of cases) {
			const res = await verifyBundle({ ...copy(signed), signature });
			expect(res.state).toBe('altered');
		}
	});

	it('a non-object is unsigned', async () => {
		expect(await verifyBundle(null)).toEqual({ state: 'unsigned' });
		expect(await verifyBundle('text')).toEqual({ state: 'unsigned' });
	});

	it('signing replaces an existing signature; the signed bytes exclude it', async () => {
		const again = await signBundle(signed, other);
		expect(again.signature!.fingerprint).not.toBe(signed.signature!.fingerprint);
		expect(signedBytes(again)).toEqual(signedBytes(buildTestBundle()));
	});
});
