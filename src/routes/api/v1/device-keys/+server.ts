import { syncRoutes } from '$lib/domain/sync/routes';
import { handle } from '$lib/server/route';
import { knownKeys, registerDeviceKey } from '$lib/server/records/device-keys';

export const prerender = false;

export const GET = handle(syncRoutes.deviceKeys, ({ session, db }) => knownKeys(db, session));

export const POST = handle(syncRoutes.registerDeviceKey, ({ input, session, db }) =>
	registerDeviceKey(db, session, input)
);
