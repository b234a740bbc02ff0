/**
 * This device's signing key (ECDSA P-256) in the `meta` store. The private key is created
 * non-extractable and stored as a CryptoKey (IndexedDB keeps it by structured clone), so it
 * never leaves the browser; the public key and its fingerprint travel in every bundle.
 */
import {
	exportPublicKeyJwk,
	fingerprintOf,
	generateSigningKey,
	type PublicKeyJwk
} from '$lib/domain/exchange';
import { withDb } from './db';
import { memo } from './memo';

const ID = 'signing-key';

export interface DeviceKey {
	keyPair: CryptoKeyPair;
	publicKeyJwk: PublicKeyJwk;
	fingerprint: string;
	createdAt: number;
}

function isDeviceKey(row: unknown): row is DeviceKey & { id: string } {
	if (typeof row !== 'object' || row === null) return false;
	const r = row as Partial<DeviceKey>;
	return (
		r.keyPair?.privateKey instanceof CryptoKey &&
		r.keyPair.publicKey instanceof CryptoKey &&
		typeof r.fingerprint === 'string' &&
		typeof r.createdAt === 'number'
	);
}

const deviceKey = memo(load);

/** The device key, made on first use. */
export function getDeviceKey(): Promise<DeviceKey> {
	return deviceKey.get();
}

async function load(): Promise<DeviceKey> {
	const row = await withDb((db) => db.get('meta', ID));
	if (isDeviceKey(row)) return row;
	const keyPair = await generateSigningKey();
	const publicKeyJwk = await exportPublicKeyJwk(keyPair.publicKey);
	const key: DeviceKey = {
		keyPair,
		publicKeyJwk,
		fingerprint: await fingerprintOf(publicKeyJwk),
		createdAt: Date.now()
	};
	await withDb((db) => db.put('meta', { id: ID, ...key }));
	return key;
}

/** Forgets the cached key (after the database was erased): the next use makes a new one. */
export function forgetDeviceKey(): void {
	deviceKey.forget();
}
