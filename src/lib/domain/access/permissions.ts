/**
 * Who may do and see what in a campaign: one table of roles × actions × fields, read by every
 * server check, the pull filter, the redaction of what a reader receives and the UI's links and
 * buttons. Adding a role is one entry here (plus its names in the message files); nothing else
 * names a role to decide a permission.
 */

/** What a member may do in a campaign. */
export const actions = [
	/** Edit the campaign itself (sheet, template, settings such as the dispute deadline). */
	'campaign.edit',
	/** See the campaign's members and remove a role. */
	'campaign.members',
	/** Invite someone to the campaign with a role (`invitable` says which roles). */
	'campaign.invite',
	/** Read the campaign's aggregate over every evaluation (drafts, reviews and all). */
	'campaign.aggregate',
	/** Write scenarios, the sampling plan and assignments. */
	'programme.plan',
	/** Be given assignments and carry them out. */
	'programme.assigned',
	/** Create evaluations of one's own and push them. */
	'evaluation.write',
	/** Approve or return a final evaluation. */
	'evaluation.review',
	/** Release an approved evaluation to the center. */
	'evaluation.release',
	/** Acknowledge a released scorecard. */
	'evaluation.acknowledge',
	/** Dispute a check of a released evaluation. */
	'dispute.open',
	/** Uphold or overturn a dispute. */
	'dispute.decide',
	/** Read the campaign's disputes and their files. */
	'dispute.read',
	/** Read the center's figures (released results only). */
	'center.figures',
	/** Open and close calibration sessions. */
	'calibration.manage',
	/** Be invited to rate a calibration session. */
	'calibration.rate'
] as const;
export type Action = (typeof actions)[number];

/**
 * The parts of a record a reader may or may not receive. A field not granted is removed by the
 * server before anything is sent, and the screens do not show a place for it.
 */
export const fields = [
	/** Who made the contact: the evaluator's name, the author of each edit. */
	'shopper-identity',
	/** The signing key and the name of the person it belongs to. */
	'signer',
	/** The scenario and its script, the assignment the contact came from. */
	'scenario',
	/** 상담 일시: the contact's date and time (the center finds its own recording by it). */
	'contact-time',
	/** The change log of every edit. */
	'change-log',
	/** Evidence photos. */
	'photos',
	/** The shopper's notes on checks and the overall opinion (notes meant for the center). */
	'notes',
	/** A version not yet released: drafts, versions waiting for review, returned ones. */
	'unreleased',
	/** The comments of a review that sent a version back. */
	'return-comments',
	/** The sampling plan (its waves' names and dates are public to every member). */
	'plan',
	/** Assignments: whose, when, which script. */
	'assignments'
] as const;
export type Field = (typeof fields)[number];

/** Which evaluations a role reads: every one of the campaign, the member's own, released ones. */
export type Scope = 'all' | 'own' | 'released';

export interface RoleRules {
	/** Which evaluations of the campaign the role reads. */
	scope: Scope;
	actions: readonly Action[];
	fields: readonly Field[];
	/** The roles a holder of this one may invite (an organisation's owner may invite any). */
	invitable: readonly string[];
}

/** The table. Order matters only for display (a member's roles are listed in this order). */
export const roleTable = {
	coordinator: {
		scope: 'all',
		actions: [
			'campaign.edit',
			'campaign.members',
			'campaign.invite',
			'campaign.aggregate',
			'programme.plan',
			'evaluation.review',
			'evaluation.release',
			'dispute.decide',
			'dispute.read',
			'center.figures',
			'calibration.manage',
			'calibration.rate'
		],
		fields: [
			'shopper-identity',
			'signer',
			'scenario',
			'contact-time',
			'change-log',
			'photos',
			'notes',
			'unreleased',
			'return-comments',
			'plan',
			'assignments'
		],
		invitable: ['shopper', 'manager']
	},
	shopper: {
		scope: 'own',
		actions: ['programme.assigned', 'evaluation.write', 'calibration.rate'],
		fields: [
			'shopper-identity',
			'signer',
			'scenario',
			'contact-time',
			'change-log',
			'photos',
			'notes',
			'unreleased',
			'return-comments',
			'assignments'
		],
		invitable: []
	},
	manager: {
		scope: 'released',
		actions: ['evaluation.acknowledge', 'dispute.open', 'dispute.read', 'center.figures'],
		fields: ['contact-time', 'notes'],
		invitable: []
	}
} as const satisfies Record<string, RoleRules>;

export type CampaignRole = keyof typeof roleTable;
/** Every campaign role, in the table's order. */
export const campaignRoles = Object.keys(roleTable) as [CampaignRole, ...CampaignRole[]];

/** The rules of a role; `table` lets a test put a role of its own in a fixture. */
export function rulesOf(
	role: string,
	table: Record<string, RoleRules> = roleTable
): RoleRules | undefined {
	return Object.hasOwn(table, role) ? table[role] : undefined;
}

/** True when one of `roles` grants `action`. */
export function can(
	roles: readonly string[],
	action: Action,
	table: Record<string, RoleRules> = roleTable
): boolean {
	return roles.some((r) => rulesOf(r, table)?.actions.includes(action) ?? false);
}

/** The roles that grant `action` (for a server check that asks the database for them). */
export function rolesThatCan(
	action: Action,
	table: Record<string, RoleRules> = roleTable
): string[] {
	return Object.keys(table).filter((r) => table[r]!.actions.includes(action));
}

/** True when one of `roles` may receive `field`. */
export function mayRead(
	roles: readonly string[],
	field: Field,
	table: Record<string, RoleRules> = roleTable
): boolean {
	return roles.some((r) => rulesOf(r, table)?.fields.includes(field) ?? false);
}

/** The scopes the roles give over a campaign's evaluations (empty: none). */
export function scopesOf(
	roles: readonly string[],
	table: Record<string, RoleRules> = roleTable
): Set<Scope> {
	return new Set(roles.flatMap((r) => rulesOf(r, table)?.scope ?? []));
}

/** The roles a holder of `roles` may invite to the campaign (an owner: every role). */
export function invitableBy(
	roles: readonly string[],
	owner: boolean,
	table: Record<string, RoleRules> = roleTable
): string[] {
	if (owner) return Object.keys(table);
	return [...new Set(roles.flatMap((r) => rulesOf(r, table)?.invitable ?? []))];
}
