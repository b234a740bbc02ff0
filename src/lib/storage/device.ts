/**
 * This device's id in the `meta` store: a random id made on first use, written into every
 * change-log entry and record version made here, so copies of a record from several devices
 * can be told apart and their histories compared. It names no person and no hardware.
 */
import { withDb } from './db';
import { memo } from './memo';

const ID = 'device-id';

const deviceId = memo(load);

/** The device id, made on first use. */
export function getDeviceId(): Promise<string> {
	return deviceId.get();
}

async function load(): Promise<string> {
	return withDb(async (db) => {
		const tx = db.transaction('meta', 'readwrite');
		const row = (await tx.store.get(ID)) as { id: string; deviceId?: unknown } | undefined;
		if (typeof row?.deviceId === 'string') {
			await tx.done;
			return row.deviceId;
		}
		const deviceId = `d-${crypto.randomUUID()}`;
		await tx.store.put({ id: ID, deviceId } as { id: string });
		await tx.done;
		return deviceId;
	});
}

/** Forgets the cached id (after the database was erased). */
export function forgetDeviceId(): void {
	deviceId.forget();
}
