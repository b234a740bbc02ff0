import type { Widen } from './messages';
import type { teamKo } from './team.ko';

/** English messages of the team screens. */
export const teamEn: Widen<typeof teamKo> = {
	roles: {
		owner: 'organisation owner',
		coordinator: 'coordinator',
		shopper: 'mystery shopper',
		manager: 'center manager'
	},
	roleAs: {
		owner: 'as organisation owner',
		coordinator: 'as coordinator',
		shopper: 'as mystery shopper',
		manager: 'as center manager'
	},
	join: {
		title: 'Join the team',
		loading: 'Checking the invite…',
		invitedCampaign: (org: string, campaign: string, roleAs: string) =>
			`You are invited to the campaign ${campaign} of ${org} ${roleAs}.`,
		invitedOrg: (org: string, roleAs: string) => `You are invited to ${org} ${roleAs}.`,
		expires: (date: string) => `Invite expires: ${date}`,
		name: 'Name',
		nameHint: 'The name others in the team see',
		orgName: 'Organisation name',
		accept: 'Accept invite',
		accepting: 'Joining…',
		joined: (name: string) => `Welcome, ${name}: you joined the team.`,
		noToken: 'The invite link is not valid. Open the whole link you received again.',
		setupTitle: 'Create an organisation',
		setupIntro:
			'Create a new organisation with the setup token from the server administrator; you become its owner.',
		setupToken: 'Setup token',
		create: 'Create organisation',
		creating: 'Creating…',
		nextTitle: 'How you sign in',
		nextBody: 'Choose how to sign in next time, on this device or another.',
		done: 'Done',
		toSettings: 'Go to settings',
		alreadyJoined: 'You already joined with this invite.',
		alreadyJoinedSignIn: 'You already joined with this invite. Sign in to carry on.',
		toCampaign: 'Open the campaign',
		signIn: 'Sign in'
	},
	passkey: {
		register: 'Register a passkey',
		registering: 'Registering the passkey…',
		registered: 'Passkey registered.',
		unsupported: 'This browser does not support passkeys. Set a password instead.',
		cancelled: 'The passkey prompt was cancelled. Try again.',
		signIn: 'Sign in with a passkey',
		signingIn: 'Signing in…'
	},
	password: {
		set: 'Set a password',
		loginName: 'Login name',
		loginNameHint: '3–40 lowercase letters, digits, dots, underscores or dashes',
		password: 'Password',
		passwordHint: 'At least 10 characters',
		save: 'Save password',
		saved: (loginName: string) => `Password saved. Login name: ${loginName}`,
		tooShort: 'The password must have at least 10 characters.',
		badLoginName: 'The login name must be 3–40 lowercase letters, digits, . _ or -.',
		signIn: 'Sign in with password'
	},
	signin: {
		title: 'Sign in',
		intro: 'Sign in to the team server to exchange evaluations with your team.',
		or: 'Or with a password',
		signedIn: (name: string) => `Signed in as ${name}.`
	},
	errors: {
		offline: 'The team server cannot be reached. Check the connection and try again.',
		rateLimited: (minutes: number) => `Too many failed attempts. Try again in ${minutes} min.`,
		expired: 'This invite has expired. Ask the person who invited you for a new link.',
		used: 'This invite has already been used. Ask the person who invited you for a new link.',
		revoked: 'This invite was revoked. Ask the person who invited you for a new link.',
		unknown: 'Unknown invite. Check that you opened the whole link.',
		wrongCredentials: 'The login name or the password is wrong.',
		passkeyRefused: 'Could not sign in with the passkey. Check it is registered with this server.',
		loginNameTaken: 'That login name is taken. Choose another.',
		setupToken: 'The setup token is wrong.',
		setupDisabled:
			'This server does not take a setup token. Ask its administrator for the setup link.',
		forbidden: 'You are not allowed to do this.',
		signedOut: 'You are signed out. Sign in again.',
		other: (message: string) => `The request failed: ${message}`
	},
	settings: {
		title: 'Team server',
		solo: 'Solo mode: records are kept on this device only. Sign in to a team server to exchange evaluations with your team.',
		signIn: 'Sign in to the team server',
		member: (name: string) => `Linked as ${name}`,
		orgRole: (org: string, role: string) => `${org} · ${role}`,
		rolesTitle: 'Roles per campaign',
		noRoles: 'No campaigns yet.',
		campaignRoles: (campaign: string, roles: string) => `${campaign}: ${roles}`,
		signOut: 'Sign out',
		signingOut: 'Signing out…',
		signOutNote: 'Signing out does not remove the records on this device; they stay.',
		signedOut: 'Your server session ended. Sign in again. Records stay on this device.',
		offline: 'Offline: showing what was last confirmed.',
		signOutOffline: 'Offline: cannot sign out now. Try again once connected.'
	},
	campaign: {
		title: 'Team',
		loading: 'Loading the team…',
		notOnServer: 'This campaign is not on the team server yet.',
		org: 'Organisation',
		upload: 'Upload to the team server',
		uploading: 'Uploading…',
		uploaded: 'Uploaded to the team server.',
		members: 'Members',
		noMembers: 'No members yet.',
		remove: 'Remove',
		removeLabel: (name: string, role: string) => `Remove ${name} as ${role}`,
		removeConfirm: (name: string, role: string) =>
			`Remove ${name} as ${role}? They lose access to this campaign at once.`,
		inviteTitle: 'Invite',
		role: 'Role',
		inviteName: 'Name (optional)',
		createInvite: 'Create invite link',
		creating: 'Creating…',
		link: 'Invite link',
		copy: 'Copy link',
		copied: 'Link copied.',
		copyFailed: 'Could not copy. Long-press the link above to copy it.',
		expires: (date: string) => `Single use, valid until ${date}.`,
		offline: 'Offline: the team cannot be loaded.'
	},
	invites: {
		title: 'Pending invites',
		none: 'No pending invites.',
		hint: 'A link can be copied again only in the tab of the device that made it. For any other invite, a new link revokes the old one.',
		who: (name: string, role: string) => `${name} · ${role}`,
		made: (date: string) => `Made ${date}`,
		madeBy: (date: string, by: string) => `Made ${date} by ${by}`,
		expires: (date: string) => `Expires ${date}`,
		expired: (date: string) => `Expired ${date}`,
		copy: 'Copy link',
		copyLabel: (who: string) => `${who}: copy link`,
		renew: 'New link',
		renewLabel: (who: string) => `${who}: new link`,
		renewed: 'New link made. The old link no longer opens.',
		revoke: 'Revoke',
		revokeLabel: (who: string) => `${who}: revoke invite`,
		revokeConfirm: (who: string) => `Revoke the invite (${who})? Its link stops opening at once.`,
		revoked: 'Invite revoked.'
	},
	release: {
		title: 'Release to the center manager',
		body: 'Once released, the center manager of this campaign can see this result.',
		release: 'Release now',
		releasing: 'Releasing…',
		released: (date: string) => `Released to the center manager · ${date}`,
		notFinal: 'Only final evaluations can be released.'
	},
	serverFigures: {
		title: 'Team server figures (all shoppers)',
		asOf: (time: string) => `Evaluations on the server now · ${time}`,
		evaluations: 'Evaluations',
		counts: (total: number, final: number, awaiting: number, draft: number) =>
			`${total} (final ${final} · awaiting follow-up ${awaiting} · draft ${draft})`,
		mean: 'Mean score',
		meanValue: (score: string, n: number) => `${score} (n=${n})`,
		passRate: 'Pass rate',
		differs: (n: number) =>
			`The dashboard below uses the ${n} evaluations synced to this device. Sync to match.`
	}
};
