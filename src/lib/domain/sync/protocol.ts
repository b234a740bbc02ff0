/**
 * The team server's wire format, shared by the phone and the server: every request and answer
 * body of the API is one of these schemas, parsed on both sides; which endpoint reads and
 * answers which is the route table (./routes.ts). The rules are in docs/sync-protocol.md.
 */
import { z } from '../base/zod';
import { campaignRoles } from '../access/permissions';
import { Campaign } from '../record/campaign';
import { Evaluation } from '../record/evaluation';
import { everyTextStorable, storableString } from '../base/text';
import { BODY_LIMITS } from './limits.js';

export { BODY_LIMITS, BODY_SIZE_LIMIT, bodyLimitOf, formatLimit } from './limits.js';

/** Roles in a campaign (the permissions table's); an organisation's owner may create campaigns and invite coordinators. */
export const CampaignRole = z.enum(campaignRoles);
export type CampaignRole = z.infer<typeof CampaignRole>;
export { campaignRoles };
export const InviteRole = z.enum(['owner', ...campaignRoles]);
export type InviteRole = z.infer<typeof InviteRole>;

/** Every error answer: a stable code for the program and a sentence for the person. */
export const ApiErrorBody = z.object({
	error: z.string().max(80),
	message: z.string().max(2000),
	/** A 413's limit in bytes (see BODY_LIMITS). */
	limit: z.number().int().optional()
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** The answer of a step that has nothing else to say (sign-out, removing a member). */
export const Ok = z.object({ ok: z.literal(true) });
export type Ok = z.infer<typeof Ok>;

/** GET /health: the server answers once its database has answered a query. */
export const Health = z.object({
	ok: z.literal(true),
	db: z.enum(['pglite', 'postgres']),
	/** How many schema migrations the database has. */
	schema: z.number().int().min(0)
});
export type Health = z.infer<typeof Health>;

/** The header a state-changing request carries with the session's CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';

/** GET /session: who is signed in, the CSRF token, and what they take part in. */
export const SessionInfo = z.object({
	member: z.object({ id: z.string(), displayName: z.string() }),
	csrf: z.string(),
	orgs: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(['owner', 'member']) })),
	memberships: z.array(z.object({ campaignId: z.string(), role: CampaignRole })),
	/** Whether this member can sign in with a passkey, a password, or both. */
	signIn: z.object({ passkeys: z.number().int().min(0), password: z.boolean() })
});
export type SessionInfo = z.infer<typeof SessionInfo>;

/** A SHA-256 in hex, the address of a photo's bytes (`sha256-<hex>` is the photo's id). */
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 hex digits');

/** POST /device-keys: this device's public signing key, registered to the signed-in member. */
export const RegisterDeviceKey = z.object({
	deviceId: storableString().min(1).max(100),
	publicKeyJwk: z.object({
		kty: z.literal('EC'),
		crv: z.literal('P-256'),
		x: storableString().max(100),
		y: storableString().max(100)
	})
});
export type RegisterDeviceKey = z.infer<typeof RegisterDeviceKey>;

/** A device key the server knows, with the member it belongs to. */
export const KnownKey = z.object({
	fingerprint: z.string(),
	memberId: z.string(),
	displayName: z.string(),
	revoked: z.boolean()
});
export type KnownKey = z.infer<typeof KnownKey>;

/** GET /device-keys: the keys of every member of the campaigns the caller takes part in. */
export const KnownKeys = z.object({ keys: z.array(KnownKey) });

/** GET /campaigns: the campaigns the caller takes part in, with their role. */
export const CampaignList = z.object({
	campaigns: z.array(
		z.object({
			campaign: Campaign,
			orgId: z.string(),
			roles: z.array(CampaignRole),
			version: z.number().int()
		})
	)
});
export type CampaignList = z.infer<typeof CampaignList>;

/** PUT /campaigns/:id: a coordinator (or the organisation's owner, creating it) stores it. */
export const PutCampaign = z.object({
	orgId: storableString().min(1).max(100),
	campaign: Campaign.superRefine(everyTextStorable)
});
export type PutCampaign = z.infer<typeof PutCampaign>;

/** Push: at most this many records per request. */
export const PUSH_BATCH = 50;

/**
 * POST /push: whole record versions (change log included). `signature` is the device key's
 * ECDSA P-256 / SHA-256 signature (base64) over the UTF-8 bytes of the canonical JSON of
 * `records`, by the key with `fingerprint`.
 */
export const PushRequest = z.object({
	deviceId: storableString().min(1).max(100),
	fingerprint: storableString().min(1).max(200),
	signature: storableString().min(1).max(400),
	records: z.array(z.unknown()).min(1).max(PUSH_BATCH)
});
export type PushRequest = z.infer<typeof PushRequest>;

/**
 * What became of one pushed record: a push answers 200 with one result per record, in the
 * order sent, and one refused record never fails the others. `status` is the HTTP status the
 * record would get alone:
 * 201 stored, 200 already there (same version, or the server has a later one of the same
 * history), 409 the server holds a different body for that version (`server` = its copy),
 * 403 not yours, 422 invalid (`message`).
 */
export const PushResult = z.object({
	id: z.string(),
	version: z.number().int(),
	status: z.union([z.literal(200), z.literal(201), z.literal(403), z.literal(409), z.literal(422)]),
	/** Photos the server still needs for this record (content ids, `sha256-…`). */
	missingBlobs: z.array(z.string()),
	server: Evaluation.optional(),
	message: z.string().optional()
});
export type PushResult = z.infer<typeof PushResult>;

export const PushResponse = z.object({ results: z.array(PushResult) });
export type PushResponse = z.infer<typeof PushResponse>;

/** Pull: at most this many items per page. */
export const PULL_PAGE = 500;

/** One item of GET /pull?after=<cursor>&limit=<n>: a record's latest version (or tombstone). */
export const PullItem = z.object({
	seq: z.number().int(),
	campaignId: z.string(),
	evaluation: Evaluation,
	/** Who pushed it, with which key: the scorecard says who signed it. */
	signer: z
		.object({ fingerprint: z.string(), memberId: z.string(), displayName: z.string() })
		.optional(),
	/** True when every photo the record names has arrived on the server. */
	complete: z.boolean(),
	releasedAt: z.number().int().optional(),
	/**
	 * Set when the team server made this version itself for a member (an overturned
	 * dispute): it carries no device signature.
	 */
	madeBy: z.object({ memberId: z.string(), displayName: z.string() }).optional(),
	/**
	 * Set instead of `signer` for a reader who may not learn who signed (a center manager): the
	 * server verified the device signature. The phone shows "verified by the programme".
	 */
	programme: z.literal('verified').optional()
});
export type PullItem = z.infer<typeof PullItem>;

/** A query parameter that is a whole number in [min, max], `fallback` when absent or empty. */
function wholeNumber(fallback: number, min: number, max: number) {
	return z
		.string()
		.optional()
		.transform((text, ctx) => {
			if (text === undefined || text === '') return fallback;
			if (!/^\d{1,15}$/.test(text)) {
				ctx.addIssue({ code: 'custom', message: 'expected a whole number' });
				return z.NEVER;
			}
			const n = Number(text);
			if (n < min || n > max) {
				ctx.addIssue({ code: 'custom', message: `must be between ${min} and ${max}` });
				return z.NEVER;
			}
			return n;
		});
}

/** The query of GET /pull: `after` (default 0) and `limit` (default 100, at most PULL_PAGE). */
export const PullQuery = z.object({
	after: wholeNumber(0, 0, Number.MAX_SAFE_INTEGER),
	limit: wholeNumber(100, 1, PULL_PAGE)
});
export type PullQuery = z.output<typeof PullQuery>;

export const PullResponse = z.object({
	items: z.array(PullItem),
	/** Pass as `after` to get the next page; unchanged when nothing new. */
	cursor: z.number().int(),
	more: z.boolean()
});
export type PullResponse = z.infer<typeof PullResponse>;

/** POST /evaluations/:id/release: a coordinator releases an evaluation to the center's manager. */
export const ReleaseRequest = z.object({ version: z.number().int().min(1) });

/** A member's login name for the password fallback: 3–40 of a–z, 0–9, `.`, `_`, `-`. */
export const LoginName = z
	.string()
	.regex(
		/^[a-z0-9._-]{3,40}$/,
		'use 3 to 40 lowercase letters, digits, dots, dashes or underscores'
	);

export const DisplayName = storableString().trim().min(1).max(80);

/** POST /orgs: a new organisation made with the server's setup token; the caller is its owner. */
export const CreateOrg = z.object({
	setupToken: storableString().min(1).max(500),
	orgName: storableString().trim().min(1).max(120),
	displayName: DisplayName
});
export type CreateOrg = z.infer<typeof CreateOrg>;

/** POST /campaigns/:id/invites: an invite link for one role in the campaign. */
export const CreateInvite = z.object({
	role: CampaignRole,
	displayName: DisplayName.optional()
});
export type CreateInvite = z.infer<typeof CreateInvite>;

/** The answer to CreateInvite: the invite's id, the link (token in the fragment) and its end. */
export const InviteCreated = z.object({
	id: z.string(),
	url: z.string(),
	expiresAt: z.number().int()
});
export type InviteCreated = z.infer<typeof InviteCreated>;

/** GET /invites/:token: what the invite is for (shown before accepting). */
export const InviteInfo = z.object({
	orgName: z.string(),
	campaignName: z.string().optional(),
	role: InviteRole,
	displayName: z.string().optional(),
	expiresAt: z.number().int(),
	/** The caller is signed in as the member who used this invite (and the campaign, if any). */
	joined: z.literal(true).optional(),
	campaignId: z.string().optional()
});
export type InviteInfo = z.infer<typeof InviteInfo>;

/** POST /invites/:token/accept: the name to show; an owner invite may rename the organisation. */
export const AcceptInvite = z.object({
	displayName: DisplayName,
	orgName: storableString().trim().min(1).max(120).optional(),
	loginName: LoginName.optional()
});
export type AcceptInvite = z.infer<typeof AcceptInvite>;

/** GET /campaigns/:id/members: who takes part in a campaign, with their roles. */
export const CampaignMember = z.object({
	memberId: z.string(),
	displayName: z.string(),
	roles: z.array(CampaignRole)
});
export type CampaignMember = z.infer<typeof CampaignMember>;
export const CampaignMembers = z.array(CampaignMember);

/** POST /auth/password: sets the signed-in member's password (and, optionally, login name). */
export const SetPassword = z.object({
	password: storableString().min(10, 'use at least 10 characters').max(500),
	loginName: LoginName.optional()
});
export type SetPassword = z.infer<typeof SetPassword>;
export const PasswordSet = z.object({ loginName: z.string() });

/** POST /auth/password/login. */
export const PasswordLogin = z.object({
	loginName: storableString().min(1).max(100),
	password: storableString().min(1).max(500)
});
export type PasswordLogin = z.infer<typeof PasswordLogin>;

/**
 * POST /auth/passkey/{register,login}/verify: the browser's WebAuthn answer as
 * @simplewebauthn/browser gives it (checked in depth by the server's WebAuthn library).
 */
export const PasskeyAnswer = z.object({
	response: z
		.looseObject({
			id: storableString().min(1).max(1400),
			rawId: storableString().min(1).max(1400),
			type: z.literal('public-key'),
			response: z.looseObject({ clientDataJSON: storableString().min(1).max(20_000) }),
			clientExtensionResults: z.looseObject({})
		})
		// Fields the WebAuthn library reads but this schema does not name are checked too.
		.superRefine(everyTextStorable)
});
export type PasskeyAnswer = z.infer<typeof PasskeyAnswer>;

/**
 * POST /auth/passkey/{register,login}/options: WebAuthn options as @simplewebauthn/server makes
 * them, handed to @simplewebauthn/browser as they are.
 */
export const PasskeyOptions = z.looseObject({ challenge: z.string() });
export type PasskeyOptions = z.infer<typeof PasskeyOptions>;

/** POST /auth/passkey/register/verify: how many passkeys the member has now. */
export const PasskeyRegistered = z.object({ passkeys: z.number().int().min(0) });
export type PasskeyRegistered = z.infer<typeof PasskeyRegistered>;
/** POST /evaluations/:id/release: the record's new cursor position and release time. */
export const ReleaseResult = z.object({
	id: z.string(),
	version: z.number().int(),
	releasedAt: z.number().int(),
	seq: z.number().int()
});
export type ReleaseResult = z.infer<typeof ReleaseResult>;

/** PUT /campaigns/:id answers with the stored version. */
export const PutCampaignResult = z.object({ version: z.number().int().min(1) });
export type PutCampaignResult = z.infer<typeof PutCampaignResult>;

/** POST /device-keys answers with the key's fingerprint (as `fingerprintOf` computes it). */
export const RegisteredKey = z.object({ fingerprint: z.string() });
export type RegisteredKey = z.infer<typeof RegisteredKey>;

/**
 * PUT /evaluations/:id: one record alone. `signature` covers the canonical JSON of
 * `[evaluation]` (exactly what a one-record push signs).
 */
export const PutEvaluation = z.object({
	deviceId: storableString().min(1).max(100),
	fingerprint: storableString().min(1).max(200),
	signature: storableString().min(1).max(400),
	evaluation: z.unknown()
});
export type PutEvaluation = z.infer<typeof PutEvaluation>;

/** The 409 answer of PUT /evaluations/:id: the server's copy of that record. */
export const ConflictBody = ApiErrorBody.extend({ server: Evaluation });
export type ConflictBody = z.infer<typeof ConflictBody>;

/** PUT /blobs/:sha256 with part of the bytes: how many bytes the server holds now. */
export const BlobProgress = z.object({ offset: z.number().int().min(0) });
export type BlobProgress = z.infer<typeof BlobProgress>;

/** Largest photo (or dispute file) the server takes, in bytes: a part and the whole. */
export const MAX_BLOB_BYTES = BODY_LIMITS.blob;

/** A share with its Wilson 95 % interval (see domain/aggregate/stats.ts `rate`). */
export const AggregateRate = z.object({
	successes: z.number(),
	n: z.number(),
	rate: z.number().nullable(),
	low: z.number().nullable(),
	high: z.number().nullable()
});
export type AggregateRate = z.infer<typeof AggregateRate>;

/**
 * GET /campaigns/:id/aggregate (coordinator): the campaign's report figures, computed by the
 * server over its stored readings with the rules of domain/aggregate/aggregate.ts. Counts
 * cover every live record; everything else only records that count in reports.
 */
export const CampaignAggregate = z.object({
	campaignId: z.string(),
	/** The instant the readings hold at (epoch ms). */
	asOf: z.number().int(),
	counts: z.object({
		total: z.number().int(),
		draft: z.number().int(),
		awaitingFollowUp: z.number().int(),
		final: z.number().int(),
		scored: z.number().int()
	}),
	/** Evaluations with a score, and the mean of their (rounded) scores to one decimal. */
	overall: z.object({ n: z.number().int(), mean: z.number().nullable() }),
	verdicts: z.object({
		excellent: z.number().int(),
		pass: z.number().int(),
		fail: z.number().int()
	}),
	/** Share of scored evaluations whose verdict is pass or excellent. */
	passRate: AggregateRate,
	/** Per check: met counts 1, partial 0.5, not met 0; N/A and unanswered are left out. */
	checks: z.record(z.string(), AggregateRate.extend({ notMet: z.number().int() })),
	sections: z.object({ pre: AggregateRate, in: AggregateRate, post: AggregateRate })
});
export type CampaignAggregate = z.infer<typeof CampaignAggregate>;
