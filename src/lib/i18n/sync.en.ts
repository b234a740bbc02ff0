import type { Widen } from './messages';
import type { syncKo } from './sync.ko';

/** English messages of the team-server sync status. */
export const syncEn: Widen<typeof syncKo> = {
	label: 'Team server sync',
	pending: (n: number) => `${n} waiting to sync`,
	lastSuccess: (time: string) => `Last synced ${time}`,
	never: 'Not synced yet',
	running: 'Syncing…',
	syncNow: 'Sync now',
	signIn: 'Sign in again',
	failed: 'Sync failed',
	reasons: {
		offline: 'Offline: it tries again once the network is back',
		'signed-out': 'Signed out: sign in again to continue sending',
		server: 'Server error: it tries again shortly',
		refused: (message: string) => `Refused by the server: ${message}`,
		other: (message: string) => `Cannot sync: ${message}`
	},
	held: (n: number) => `${n} evaluations not sent`,
	notShopper: 'Not a shopper of this campaign',
	tooLarge: 'An evaluation is larger than the server takes',
	conflicts: (n: number) => `${n} conflicts need a look`,
	signedBy: (name: string) => `Signed: ${name}`,
	unknownSigner: (short: string) => `Signed: ${short} unknown signer`
};
