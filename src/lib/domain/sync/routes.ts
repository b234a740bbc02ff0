/**
 * The team server's endpoints for members, sign-in, campaigns, device keys and the records
 * themselves (push, pull, photos): one entry per endpoint (see ./route.ts). The programme's
 * endpoints (review, disputes, planning, calibration) are in ../programme/routes.ts.
 */
import {
	AcceptInvite,
	BlobProgress,
	CampaignAggregate,
	CampaignList,
	CampaignMembers,
	CampaignRole,
	CreateInvite,
	CreateOrg,
	Health,
	InviteCreated,
	InviteInfo,
	KnownKeys,
	Ok,
	PasskeyAnswer,
	PasskeyOptions,
	PasskeyRegistered,
	PasswordLogin,
	PasswordSet,
	PullQuery,
	PullResponse,
	PushRequest,
	PushResponse,
	PushResult,
	PutCampaign,
	PutCampaignResult,
	PutEvaluation,
	RegisterDeviceKey,
	RegisteredKey,
	SessionInfo,
	SetPassword,
	Sha256Hex
} from './protocol';
import { PendingInvites } from './invites';
import { defineRoutes } from './route';

const KiB = 1024;

export const syncRoutes = defineRoutes({
	health: {
		method: 'GET',
		path: '/health',
		doc: 'The server is up and its database answers.',
		public: true,
		output: Health
	},
	session: {
		method: 'GET',
		path: '/session',
		doc: 'Who is signed in, the CSRF token, and their organisations and roles.',
		output: SessionInfo
	},
	createOrg: {
		method: 'POST',
		path: '/orgs',
		doc: 'A new organisation with the setup token; signs its owner in.',
		public: true,
		body: CreateOrg,
		maxBytes: 16 * KiB,
		output: SessionInfo,
		status: 201
	},
	invite: {
		method: 'GET',
		path: '/invites/[token]',
		doc: 'What an invite is for, shown before accepting it.',
		public: true,
		output: InviteInfo
	},
	acceptInvite: {
		method: 'POST',
		path: '/invites/[token]/accept',
		doc: 'Accepts an invite: a new member signed in, or a role for the signed-in one.',
		public: true,
		body: AcceptInvite,
		maxBytes: 16 * KiB,
		output: SessionInfo
	},
	passkeyRegisterOptions: {
		method: 'POST',
		path: '/auth/passkey/register/options',
		doc: 'WebAuthn options to register a passkey for the signed-in member.',
		output: PasskeyOptions
	},
	passkeyRegisterVerify: {
		method: 'POST',
		path: '/auth/passkey/register/verify',
		doc: "Registers the browser's new passkey.",
		body: PasskeyAnswer,
		maxBytes: 64 * KiB,
		output: PasskeyRegistered
	},
	passkeyLoginOptions: {
		method: 'POST',
		path: '/auth/passkey/login/options',
		doc: 'WebAuthn options to sign in with a passkey.',
		public: true,
		output: PasskeyOptions
	},
	passkeyLoginVerify: {
		method: 'POST',
		path: '/auth/passkey/login/verify',
		doc: "Signs in with the browser's passkey answer.",
		public: true,
		body: PasskeyAnswer,
		maxBytes: 64 * KiB,
		output: SessionInfo
	},
	setPassword: {
		method: 'POST',
		path: '/auth/password',
		doc: "Sets the signed-in member's password (and login name).",
		body: SetPassword,
		maxBytes: 16 * KiB,
		output: PasswordSet
	},
	passwordLogin: {
		method: 'POST',
		path: '/auth/password/login',
		doc: 'Signs in with a login name and password.',
		public: true,
		body: PasswordLogin,
		maxBytes: 16 * KiB,
		output: SessionInfo
	},
	signOut: {
		method: 'POST',
		path: '/auth/signout',
		doc: 'Ends the session.',
		output: Ok
	},
	campaigns: {
		method: 'GET',
		path: '/campaigns',
		doc: 'The campaigns the caller takes part in, with their roles.',
		output: CampaignList
	},
	putCampaign: {
		method: 'PUT',
		path: '/campaigns/[id]',
		doc: 'Creates (owner) or updates (coordinator) a campaign.',
		body: PutCampaign,
		output: PutCampaignResult
	},
	aggregate: {
		method: 'GET',
		path: '/campaigns/[id]/aggregate',
		doc: "The campaign's report figures over every evaluation (coordinator).",
		output: CampaignAggregate
	},
	members: {
		method: 'GET',
		path: '/campaigns/[id]/members',
		doc: "The campaign's members and their roles.",
		output: CampaignMembers
	},
	removeMember: {
		method: 'DELETE',
		path: '/campaigns/[id]/members/[memberId]/[role]',
		doc: 'Removes one role of a member from the campaign.',
		params: { role: CampaignRole },
		output: Ok
	},
	createInvite: {
		method: 'POST',
		path: '/campaigns/[id]/invites',
		doc: 'An invite link for one role in the campaign.',
		body: CreateInvite,
		maxBytes: 16 * KiB,
		output: InviteCreated,
		status: 201
	},
	invites: {
		method: 'GET',
		path: '/campaigns/[id]/invites',
		doc: 'The invites not yet used nor revoked, of the roles the caller may invite.',
		output: PendingInvites
	},
	revokeInvite: {
		method: 'POST',
		path: '/campaigns/[id]/invites/[inviteId]/revoke',
		doc: 'Revokes an unused invite: its link answers "revoked" at once.',
		params: { inviteId: Sha256Hex },
		output: Ok
	},
	renewInvite: {
		method: 'POST',
		path: '/campaigns/[id]/invites/[inviteId]/renew',
		doc: 'A new link for the same role and name; the old one is revoked.',
		params: { inviteId: Sha256Hex },
		output: InviteCreated,
		status: 201
	},
	deviceKeys: {
		method: 'GET',
		path: '/device-keys',
		doc: 'The device keys of everyone who shares a campaign with the caller.',
		output: KnownKeys
	},
	registerDeviceKey: {
		method: 'POST',
		path: '/device-keys',
		doc: "Registers this device's public signing key to the caller.",
		body: RegisterDeviceKey,
		maxBytes: 64 * KiB,
		output: RegisteredKey
	},
	push: {
		method: 'POST',
		path: '/push',
		doc: 'Signed record versions (1 to 50); a result per record.',
		body: PushRequest,
		output: PushResponse
	},
	putEvaluation: {
		method: 'PUT',
		path: '/evaluations/[id]',
		doc: 'One signed record version, answered with its own status (409 with the server copy).',
		body: PutEvaluation,
		output: PushResult
	},
	pull: {
		method: 'GET',
		path: '/pull',
		doc: 'The records the caller may read after a cursor, a page at a time.',
		query: PullQuery,
		output: PullResponse
	},
	blobState: {
		method: 'HEAD',
		path: '/blobs/[sha256]',
		doc: 'Whether a photo is stored (Content-Length), else how much arrived (Upload-Offset).',
		params: { sha256: Sha256Hex },
		output: 'empty'
	},
	putBlob: {
		method: 'PUT',
		path: '/blobs/[sha256]',
		doc: 'One part of a photo or recording copy (Content-Range), resumable.',
		params: { sha256: Sha256Hex },
		body: 'bytes',
		output: BlobProgress
	},
	getBlob: {
		method: 'GET',
		path: '/blobs/[sha256]',
		doc: "A photo's or recording copy's bytes (or a Range), for those who may read them.",
		params: { sha256: Sha256Hex },
		output: 'bytes'
	}
});
