/**
 * Bundle signatures: ECDSA P-256 with SHA-256 over the canonical JSON of the bundle without
 * its `signature` field (WebCrypto, so the same code runs in Node 20 and browsers). A valid
 * signature proves the content is unchanged since the holder of that key signed it; who the
 * holder is comes from comparing the fingerprint with one known out of band.
 */
import { canonicalize } from './canonical';
import { base64ToBytes, bytesToBase64 } from './base64';
import { BundleSignature, type Bundle, type PublicKeyJwk, type UnsignedBundle } from './bundle';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN_PARAMS = { name: 'ECDSA', hash: 'SHA-256' } as const;

export type VerifyResult =
	| { state: 'verified'; fingerprint: string }
	| { state: 'unsigned' }
	| {
			state: 'altered';
			/** The fingerprint the bundle claims ('' when even that is unreadable). */
			fingerprint: string;
			reason: 'content-changed' | 'key-mismatch' | 'malformed-signature';
	  };

const subtle = () => globalThis.crypto.subtle;

/** A new signing key pair: the private key cannot be exported, the public key can. */
export async function generateSigningKey(): Promise<CryptoKeyPair> {
	return subtle().generateKey(ALGORITHM, false, ['sign', 'verify']);
}

/** The public key as the four JWK members a bundle carries. */
export async function exportPublicKeyJwk(publicKey: CryptoKey): Promise<PublicKeyJwk> {
	const jwk = await subtle().exportKey('jwk', publicKey);
	if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.x || !jwk.y) {
		throw new TypeError('not a P-256 public key');
	}
	return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

/**
 * The short fingerprint of a public key: SHA-256 of the canonical JWK {crv, kty, x, y}, first
 * 8 bytes as upper-case hex in four groups, e.g. `3F2A 9C1B 77D0 E4A2`.
 */
export async function fingerprintOf(jwk: PublicKeyJwk): Promise<string> {
	const { crv, kty, x, y } = jwk;
	const text = canonicalize({ crv, kty, x, y });
	const digest = new Uint8Array(await subtle().digest('SHA-256', utf8(text)));
	const hex = Array.from(digest.subarray(0, 8), (b) => b.toString(16).padStart(2, '0'))
		.join('')
		.toUpperCase();
	return hex.match(/.{4}/g)!.join(' ');
}

/** The exact bytes a signature covers: canonical JSON of the bundle minus `signature`. */
export function signedBytes(bundle: object): Uint8Array<ArrayBuffer> {
	const { signature: _signature, ...content } = bundle as Record<string, unknown>;
	return utf8(canonicalize(content));
}

/** Signs a bundle (any existing signature is replaced) with the key pair's private key. */
export async function signBundle(
	unsigned: UnsignedBundle | Bundle,
	keyPair: CryptoKeyPair
): Promise<Bundle> {
	const { signature: _old, ...content } = unsigned as Bundle;
	const publicKeyJwk = await exportPublicKeyJwk(keyPair.publicKey);
	const raw = await subtle().sign(SIGN_PARAMS, keyPair.privateKey, signedBytes(content));
	return {
		...content,
		signature: {
			algorithm: 'ECDSA-P256-SHA256',
			publicKeyJwk,
			fingerprint: await fingerprintOf(publicKeyJwk),
			value: bytesToBase64(new Uint8Array(raw))
		}
	};
}

/**
 * Checks a bundle's signature; never throws. Pass the JSON exactly as read (`parseBundle`'s
 * `raw`), so record migrations or stripped unknown fields cannot break a valid signature.
 */
export async function verifyBundle(bundle: unknown): Promise<VerifyResult> {
	if (typeof bundle !== 'object' || bundle === null) return { state: 'unsigned' };
	const declared = (bundle as { signature?: unknown }).signature;
	if (declared === undefined) return { state: 'unsigned' };
	const claimed =
		typeof declared === 'object' &&
		declared !== null &&
		typeof (declared as { fingerprint?: unknown }).fingerprint === 'string'
			? (declared as { fingerprint: string }).fingerprint.slice(0, 100)
			: '';
	const altered = (reason: 'content-changed' | 'key-mismatch' | 'malformed-signature') =>
		({ state: 'altered', fingerprint: claimed, reason }) as const;
	const sig = BundleSignature.safeParse(declared);
	if (!sig.success) return altered('malformed-signature');
	try {
		const { publicKeyJwk, fingerprint, value } = sig.data;
		if ((await fingerprintOf(publicKeyJwk)) !== fingerprint) return altered('key-mismatch');
		const key = await subtle().importKey('jwk', { ...publicKeyJwk, ext: true }, ALGORITHM, true, [
			'verify'
		]);
		const ok = await subtle().verify(SIGN_PARAMS, key, base64ToBytes(value), signedBytes(bundle));
		return ok ? { state: 'verified', fingerprint } : altered('content-changed');
	} catch {
		// A key that is not a point on the curve, or content JSON cannot represent.
		return altered('malformed-signature');
	}
}

function utf8(text: string): Uint8Array<ArrayBuffer> {
	return new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
}
