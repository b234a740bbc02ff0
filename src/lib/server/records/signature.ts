// Checking a push's signature: the device key must be one the caller registered, and the
// signature must cover exactly the records sent (canonical JSON, as bundles are signed).
import { and, eq, isNull } from 'drizzle-orm';
import { base64ToBytes } from '$lib/domain/exchange/base64';
import { canonicalize } from '$lib/domain/exchange/canonical';
import type { Db } from '../db';
import { deviceKeys } from '../db/schema';
import { ApiError, invalid } from '../http/errors';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN_PARAMS = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** Verifies `signature` (base64) over canonicalize(records) by the caller's key `fingerprint`. */
export async function verifyPushSignature(
	db: Db,
	memberId: string,
	fingerprint: string,
	signature: string,
	records: unknown
): Promise<void> {
	const rows = await db.orm
		.select({ jwk: deviceKeys.publicKeyJwk })
		.from(deviceKeys)
		.where(
			and(
				eq(deviceKeys.fingerprint, fingerprint),
				eq(deviceKeys.memberId, memberId),
				isNull(deviceKeys.revokedAt)
			)
		)
		.limit(1);
	const jwk = rows[0]?.jwk as JsonWebKey | undefined;
	if (!jwk) {
		throw new ApiError(
			403,
			'unknown-device-key',
			'This device key is not registered to you; register it first.'
		);
	}
	let bytes: Uint8Array<ArrayBuffer>;
	try {
		bytes = new TextEncoder().encode(canonicalize(records)) as Uint8Array<ArrayBuffer>;
	} catch {
		throw invalid('The records cannot be written as canonical JSON.');
	}
	let ok = false;
	try {
		const subtle = globalThis.crypto.subtle;
		const key = await subtle.importKey('jwk', { ...jwk, ext: true }, ALGORITHM, true, ['verify']);
		ok = await subtle.verify(SIGN_PARAMS, key, base64ToBytes(signature), bytes);
	} catch {
		ok = false;
	}
	if (!ok) {
		throw new ApiError(403, 'bad-signature', 'The signature does not match the records sent.');
	}
}
