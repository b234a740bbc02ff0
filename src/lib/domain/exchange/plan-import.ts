/**
 * Import planning: what a parsed bundle would change, decided purely, so storage can apply it
 * in one transaction and the UI can show the summary first. Evaluations are matched by id and
 * compared by history (version and change log, see history.ts): a copy that descends from an
 * imported local one updates it, the same copy is skipped, an ancestor is reported as older,
 * and two different edits are a conflict that is kept for a person to resolve. A record made
 * on this device is never replaced by an import. Campaigns that differ from the local copy
 * are never applied without the person choosing to. Nothing is ever deleted by an import
 * except through a tombstone that descends from an imported local copy.
 */
import type { Campaign } from '../record/campaign';
import type { Evaluation } from '../record/evaluation';
import type { Bundle, BundlePhoto } from './bundle';
import { campaignDiff, relateHistories, type CampaignDiff } from './history';
import { trustOf, worseTrust, type BundleTrust, type Trust } from './trust';

export interface ExistingRecords {
	evaluations: ReadonlyMap<string, Evaluation>;
	campaigns: ReadonlyMap<string, Campaign>;
	/** Keys (`conflictKey`) of incoming copies already kept as conflicts. */
	conflicts?: ReadonlySet<string>;
}

export interface PlanImportOptions {
	/** Epoch ms stamped into each imported evaluation's `origin.importedAt`. */
	now: number;
	/** How the file is trusted (`bundleTrust`); a record's own mark can only make it worse. */
	trust: BundleTrust;
}

export type EvaluationAction = 'add' | 'update' | 'skip' | 'older' | 'conflict';
export type CampaignAction = 'add' | 'skip' | 'changed';

export interface EvaluationImportItem {
	action: EvaluationAction;
	id: string;
	version: number;
	/** The version already on this device, when there is one. */
	existingVersion?: number;
	reason?:
		| 'same version'
		| 'this device has a later version'
		| 'conflict already kept'
		| 'deleted elsewhere';
	/**
	 * Why a conflict: 'made-here' (a copy of a record made on this device, changed elsewhere:
	 * only edits made here change it) or 'diverged' (two edits of a common base).
	 */
	conflict?: 'made-here' | 'diverged';
	/** The trust mark the stored copy gets: the file's, or the record's own when worse. */
	trust: Trust;
	/** The stored copy was signed by another key (or by one, and this copy by none). */
	signerChanged?: { from: string; to: string | null };
	/** The record to store, `origin` set: imported evaluations are read-only in the app. */
	evaluation: Evaluation;
}

export interface CampaignImportItem {
	action: CampaignAction;
	id: string;
	reason?: 'same content';
	/** For 'changed': what differs from the local copy. Applied only when the person chooses. */
	diff?: CampaignDiff;
	campaign: Campaign;
}

/** An incoming copy kept beside the local record until a person resolves the conflict. */
export interface ConflictCopy {
	/** `conflictKey(incoming)`: the same copy imported twice is kept once. */
	key: string;
	evaluationId: string;
	receivedAt: number;
	reason: 'made-here' | 'diverged';
	incoming: Evaluation;
}

export interface ImportSummary {
	/** Evaluation ids per outcome. */
	added: string[];
	updated: string[];
	skipped: string[];
	older: string[];
	conflicts: string[];
	campaigns: { added: string[]; changed: string[]; skipped: string[] };
}

export interface ImportPlan {
	evaluations: EvaluationImportItem[];
	campaigns: CampaignImportItem[];
	trust: BundleTrust;
	/**
	 * What storage writes, in one transaction: new campaigns, adds and updates with their
	 * photos, and conflicting copies. Changed campaigns are added by `withCampaignChanges`.
	 */
	writes: {
		campaigns: Campaign[];
		evaluations: Evaluation[];
		photos: BundlePhoto[];
		conflicts: ConflictCopy[];
	};
	summary: ImportSummary;
	/** Updates whose signer changed: each needs a confirmation. */
	signerChanges: string[];
}

/** The key of a kept conflicting copy: one per id, version and writing device. */
export function conflictKey(e: Pick<Evaluation, 'id' | 'version' | 'deviceId'>): string {
	return `${e.id}@${e.version}@${e.deviceId}`;
}

/** Decides, for every record of a parsed bundle, what importing it does. */
export function planImport(
	bundle: Bundle,
	existing: ExistingRecords,
	opts: PlanImportOptions
): ImportPlan {
	const evaluations = bundle.evaluations.map((incoming) =>
		planEvaluation(incoming, existing, opts)
	);
	const campaigns = bundle.campaigns.map((campaign): CampaignImportItem => {
		const local = existing.campaigns.get(campaign.id);
		if (!local) return { action: 'add', id: campaign.id, campaign };
		const diff = campaignDiff(local, campaign);
		return diff
			? { action: 'changed', id: campaign.id, diff, campaign }
			: { action: 'skip', id: campaign.id, reason: 'same content', campaign };
	});

	const written = evaluations.filter((e) => e.action === 'add' || e.action === 'update');
	const writtenIds = new Set(written.map((e) => e.id));
	const ids = <A extends string>(items: { action: A; id: string }[], action: A) =>
		items.filter((i) => i.action === action).map((i) => i.id);
	return {
		evaluations,
		campaigns,
		trust: opts.trust,
		writes: {
			campaigns: campaigns.filter((c) => c.action === 'add').map((c) => c.campaign),
			evaluations: written.map((e) => e.evaluation),
			photos: bundle.photos.filter((p) => writtenIds.has(p.evaluationId)),
			conflicts: evaluations
				.filter((e) => e.action === 'conflict')
				.map((e) => ({
					key: conflictKey(e.evaluation),
					evaluationId: e.id,
					receivedAt: opts.now,
					reason: e.conflict!,
					incoming: e.evaluation
				}))
		},
		summary: {
			added: ids(evaluations, 'add'),
			updated: ids(evaluations, 'update'),
			skipped: ids(evaluations, 'skip'),
			older: ids(evaluations, 'older'),
			conflicts: ids(evaluations, 'conflict'),
			campaigns: {
				added: ids(campaigns, 'add'),
				changed: ids(campaigns, 'changed'),
				skipped: ids(campaigns, 'skip')
			}
		},
		signerChanges: evaluations.filter((e) => e.signerChanged).map((e) => e.id)
	};
}

function planEvaluation(
	incoming: Evaluation,
	existing: ExistingRecords,
	opts: PlanImportOptions
): EvaluationImportItem {
	// The record's own mark (set by the device that exported it) can only make it worse.
	const carried = trustOf(incoming);
	const trust = carried ? worseTrust(opts.trust.trust, carried) : opts.trust.trust;
	const origin: NonNullable<Evaluation['origin']> = { importedAt: opts.now, trust };
	if (opts.trust.signerFingerprint !== undefined)
		origin.signerFingerprint = opts.trust.signerFingerprint;
	if (opts.trust.signerName !== undefined) origin.signerName = opts.trust.signerName;
	const evaluation: Evaluation = { ...incoming, origin };
	const base = { id: incoming.id, version: incoming.version, trust, evaluation };

	const local = existing.evaluations.get(incoming.id);
	if (!local) {
		// A deletion of a record this device never had: nothing to delete.
		if (incoming.deleted) return { ...base, action: 'skip', reason: 'deleted elsewhere' };
		return { ...base, action: 'add' };
	}
	const existingVersion = local.version;
	const relation = relateHistories(local, incoming);
	if (relation === 'same') {
		return { ...base, action: 'skip', existingVersion, reason: 'same version' };
	}
	if (relation === 'ancestor') {
		return { ...base, action: 'older', existingVersion, reason: 'this device has a later version' };
	}
	// Only edits made here change a record made here: a later copy from elsewhere is a conflict.
	const conflict =
		relation === 'diverged' ? 'diverged' : local.origin === undefined ? 'made-here' : null;
	if (conflict) {
		if (existing.conflicts?.has(conflictKey(incoming))) {
			return { ...base, action: 'skip', existingVersion, reason: 'conflict already kept' };
		}
		return { ...base, action: 'conflict', existingVersion, conflict };
	}
	const item: EvaluationImportItem = { ...base, action: 'update', existingVersion };
	const from = local.origin?.signerFingerprint;
	const to = opts.trust.signerFingerprint ?? null;
	if (from !== undefined && from !== to) item.signerChanged = { from, to };
	// A later copy never makes a record more trusted than the worst file it came through.
	const before = trustOf(local);
	if (before && worseTrust(before, trust) !== trust) {
		item.trust = worseTrust(before, trust);
		item.evaluation = { ...evaluation, origin: { ...origin, trust: item.trust } };
	}
	return item;
}

/** The plan with the chosen changed campaigns applied as well (never re-scores finals). */
export function withCampaignChanges(plan: ImportPlan, ids: ReadonlySet<string>): ImportPlan {
	const chosen = plan.campaigns
		.filter((c) => c.action === 'changed' && ids.has(c.id))
		.map((c) => c.campaign);
	return { ...plan, writes: { ...plan.writes, campaigns: [...plan.writes.campaigns, ...chosen] } };
}
