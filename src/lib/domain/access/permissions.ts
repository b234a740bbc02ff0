/**
 * Who may do and see what in a campaign: one table of roles × actions × fields, read by every
 * server check (`requireAction`), the pull filter (`scopesOf`), the redaction of what a reader
 * receives (`mayRead`, see redact.ts) and the UI's links and buttons (`team.can`). Adding a role
 * is one entry here plus its names in the message files and its row in docs/programme.md;
 * nothing else names a role to decide a permission.
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
	/** Create evaluations of one's own, push them and send their photos. */
	'evaluation.write',
	/** Approve or return a final evaluation. */
	'evaluation.review',
	/** Release an approved evaluation to the center. */
	'evaluation.release',
	/** Acknowledge a released scorecard; the center's view (/center) lists these campaigns. */
	'evaluation.acknowledge',
	/** Dispute a check of a released evaluation (and upload the file that goes with it). */
	'dispute.open',
	/** Uphold or overturn a dispute (the disputes screen, /reports/disputes). */
	'dispute.decide',
	/** Read the campaign's disputes and their files (and the stretches of a call shared for one). */
	'dispute.read',
	/** Share a stretch of a call recording with the center for a dispute. */
	'recording.share',
	/** Read the center's figures (released results only). */
	'center.figures',
	/** Open and close calibration sessions. */
	'calibration.manage',
	/** Be invited to rate a calibration session, and rate it. */
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
	/**
	 * Call recordings: the audio, its muted stretches and the moments checks are bound to. A
	 * reader without it hears only the stretches shared for a dispute (`recording.share`).
	 */
	'recordings',
	/** The shopper's notes on checks and the overall opinion (notes meant for the center). */
	'notes',
	/**
	 * A version not yet released: drafts, versions waiting for review, returned ones (a role's
	 * scope decides it for evaluations: scope 'released' never receives one).
	 */
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

/** Every field but those named, in the list's order. */
function allFieldsBut(...withheld: Field[]): readonly Field[] {
	return fields.filter((f) => !withheld.includes(f));
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
			'recording.share',
			'center.figures',
			'calibration.manage',
			'calibration.rate'
		],
		fields: allFieldsBut(),
		invitable: ['shopper', 'manager']
	},
	shopper: {
		scope: 'own',
		actions: ['programme.assigned', 'evaluation.write', 'calibration.rate'],
		fields: allFieldsBut('plan'),
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

/** The role an organisation's owner takes in a campaign they create. */
export const CREATOR_ROLE: CampaignRole = 'coordinator';

/** How a record stands to its reader: made by them, and released (and visible) to the center. */
export interface Sight {
	own: boolean;
	released: boolean;
}

/** Whether a scope covers a record that stands to its reader as `sight` says. */
export function scopeCovers(scope: Scope, sight: Sight): boolean {
	return scope === 'all' || (scope === 'own' ? sight.own : sight.released);
}

/**
 * The questions every check asks, answered from one table. The module's own functions answer
 * from `roleTable`; a test gives `permissionsOf` a table with a role of its own.
 */
export function permissionsOf(table: Readonly<Record<string, RoleRules>>) {
	/** The rules of a role (undefined for a name the table does not hold). */
	const rulesOf = (role: string): RoleRules | undefined =>
		Object.hasOwn(table, role) ? table[role] : undefined;
	const can = (roles: readonly string[], action: Action): boolean =>
		roles.some((r) => rulesOf(r)?.actions.includes(action) ?? false);
	return {
		rulesOf,
		/** True when one of `roles` grants `action`. */
		can,
		/** The campaigns (in the order first met) where the roles held grant `action`. */
		campaignsWhere: (
			memberships: readonly { campaignId: string; role: string }[],
			action: Action
		): string[] => {
			const held = new Map<string, string[]>();
			for (const m of memberships)
				held.set(m.campaignId, [...(held.get(m.campaignId) ?? []), m.role]);
			return [...held].filter(([, roles]) => can(roles, action)).map(([id]) => id);
		},
		/** The roles that grant `action` (for a server check that asks the database for them). */
		rolesThatCan: (action: Action): CampaignRole[] =>
			Object.keys(table).filter((r) => table[r]!.actions.includes(action)) as CampaignRole[],
		/** True when one of `roles` may receive `field`. */
		mayRead: (roles: readonly string[], field: Field): boolean =>
			roles.some((r) => rulesOf(r)?.fields.includes(field) ?? false),
		/** The roles that may receive `field`. */
		rolesThatRead: (field: Field): CampaignRole[] =>
			Object.keys(table).filter((r) => table[r]!.fields.includes(field)) as CampaignRole[],
		/** The scopes the roles give over a campaign's evaluations (empty: none). */
		scopesOf: (roles: readonly string[]): Set<Scope> =>
			new Set(roles.flatMap((r) => rulesOf(r)?.scope ?? [])),
		/**
		 * The roles of `roles` through which a reader sees a record: a manager who is also a
		 * shopper reads another shopper's released record as a manager only.
		 */
		rolesSeeing: (roles: readonly string[], sight: Sight): string[] =>
			roles.filter((r) => {
				const rules = rulesOf(r);
				return rules !== undefined && scopeCovers(rules.scope, sight);
			}),
		/** The roles a holder of `roles` may invite to the campaign (an owner: every role). */
		invitableBy: (roles: readonly string[], owner: boolean): CampaignRole[] =>
			(owner
				? Object.keys(table)
				: [...new Set(roles.flatMap((r) => rulesOf(r)?.invitable ?? []))]) as CampaignRole[]
	};
}

export const {
	rulesOf,
	can,
	campaignsWhere,
	rolesThatCan,
	mayRead,
	rolesThatRead,
	scopesOf,
	rolesSeeing,
	invitableBy
} = permissionsOf(roleTable);
