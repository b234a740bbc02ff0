/**
 * Trust marks: what the signature of the file a record came in said when this device accepted
 * it. The mark stays with the record (every screen shows it, every export carries it), so a
 * record accepted from an altered file never reads "verified" again, not even when a later
 * bundle of it is signed by someone else.
 */
import type { Evaluation } from '../record/evaluation';
import type { VerifyResult } from './signature';

export type Trust = NonNullable<NonNullable<Evaluation['origin']>['trust']>;

/** Worse marks win when two are combined: a file's and the record's own. */
const RANK: Record<Trust, number> = { verified: 0, 'unknown-signer': 1, unsigned: 2, altered: 3 };

/** The worse of two marks. */
export function worseTrust(a: Trust, b: Trust): Trust {
	return RANK[a] >= RANK[b] ? a : b;
}

/** The trust mark of a stored record: made here → undefined; older imports by their signer. */
export function trustOf(e: Pick<Evaluation, 'origin'>): Trust | undefined {
	if (!e.origin) return undefined;
	return e.origin.trust ?? (e.origin.signerFingerprint ? 'verified' : 'unsigned');
}

/** How a bundle as a whole is trusted, from its signature check and format version. */
export interface BundleTrust {
	trust: Trust;
	/** The signer's fingerprint when the signature is valid. */
	signerFingerprint?: string;
	/** The member the signing key belongs to, when the team's key registry knows it. */
	signerName?: string;
	/** A format-2 file without a signature: this app always signs them, so it was stripped. */
	signatureMissing: boolean;
}

/** A signing key the team server knows (its registry, cached on a linked device). */
export interface RegisteredKey {
	fingerprint: string;
	displayName: string;
	revoked: boolean;
}

/**
 * The trust of a bundle. Format 2 files are always signed by this app, so one without a
 * signature counts as altered: removing the signature never turns "altered" into "unsigned".
 * With the team's key registry, a valid signature reads verified only when the key is a
 * team member's (not revoked), naming them; any other signer reads 'unknown-signer'.
 */
export function bundleTrust(
	verification: VerifyResult,
	formatVersion: number,
	registry?: readonly RegisteredKey[]
): BundleTrust {
	if (verification.state === 'verified') {
		const fingerprint = verification.fingerprint;
		if (registry) {
			const known = registry.find((k) => k.fingerprint === fingerprint && !k.revoked);
			return known
				? {
						trust: 'verified',
						signerFingerprint: fingerprint,
						signerName: known.displayName,
						signatureMissing: false
					}
				: { trust: 'unknown-signer', signerFingerprint: fingerprint, signatureMissing: false };
		}
		return { trust: 'verified', signerFingerprint: fingerprint, signatureMissing: false };
	}
	if (verification.state === 'altered') return { trust: 'altered', signatureMissing: false };
	return formatVersion >= 2
		? { trust: 'altered', signatureMissing: true }
		: { trust: 'unsigned', signatureMissing: false };
}
