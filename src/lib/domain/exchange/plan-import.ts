/**
 * Import planning: what a parsed bundle would change, decided purely, so storage can apply it
 * in one transaction and the UI can show the summary first. Evaluations are matched by id and
 * compared by revision; campaigns by id and `updatedAt`. Nothing is ever deleted by an import.
 */
import type { Campaign } from '../record/campaign';
import type { Evaluation } from '../record/evaluation';
import type { Bundle, BundlePhoto } from './bundle';

export interface ExistingRecords {
	evaluations: ReadonlyMap<string, { revision: number; origin?: Evaluation['origin'] }>;
	campaigns: ReadonlyMap<string, { updatedAt: number }>;
}

export interface PlanImportOptions {
	/** Epoch ms stamped into each imported evaluation's `origin.importedAt`. */
	now: number;
	/** The fingerprint from `verifyBundle` when its state is 'verified'; omit otherwise. */
	signerFingerprint?: string;
}

export type EvaluationAction = 'add' | 'update' | 'skip' | 'older';
export type CampaignAction = 'add' | 'update' | 'skip';

export interface EvaluationImportItem {
	action: EvaluationAction;
	id: string;
	revision: number;
	/** The revision already on this device, when there is one. */
	existingRevision?: number;
	reason?: 'same revision' | 'this device has a newer revision';
	/** True when an 'update' replaces an evaluation made on this device (no `origin`). */
	replacesOwn?: boolean;
	/** The record to store, `origin` set: imported evaluations are read-only in the app. */
	evaluation: Evaluation;
}

export interface CampaignImportItem {
	action: CampaignAction;
	id: string;
	reason?: 'same updatedAt' | 'this device has a newer copy';
	campaign: Campaign;
}

export interface ImportSummary {
	/** Evaluation ids per outcome. */
	added: string[];
	updated: string[];
	skipped: string[];
	older: string[];
	campaigns: { added: string[]; updated: string[]; skipped: string[] };
}

export interface ImportPlan {
	evaluations: EvaluationImportItem[];
	campaigns: CampaignImportItem[];
	/** Exactly what storage puts, in one transaction: adds and updates, photos of those. */
	writes: { campaigns: Campaign[]; evaluations: Evaluation[]; photos: BundlePhoto[] };
	summary: ImportSummary;
}

/** Decides, for every record of a parsed bundle, whether importing adds, updates or skips it. */
export function planImport(
	bundle: Bundle,
	existing: ExistingRecords,
	opts: PlanImportOptions
): ImportPlan {
	const origin: NonNullable<Evaluation['origin']> = { importedAt: opts.now };
	if (opts.signerFingerprint !== undefined) origin.signerFingerprint = opts.signerFingerprint;

	const evaluations = bundle.evaluations.map((incoming): EvaluationImportItem => {
		const evaluation: Evaluation = { ...incoming, origin: { ...origin } };
		const base = { id: incoming.id, revision: incoming.revision, evaluation };
		const local = existing.evaluations.get(incoming.id);
		if (!local) return { ...base, action: 'add' };
		const existingRevision = local.revision;
		if (incoming.revision > local.revision) {
			const item: EvaluationImportItem = { ...base, action: 'update', existingRevision };
			if (local.origin === undefined) item.replacesOwn = true;
			return item;
		}
		if (incoming.revision === local.revision) {
			return { ...base, action: 'skip', existingRevision, reason: 'same revision' };
		}
		return {
			...base,
			action: 'older',
			existingRevision,
			reason: 'this device has a newer revision'
		};
	});

	const campaigns = bundle.campaigns.map((campaign): CampaignImportItem => {
		const local = existing.campaigns.get(campaign.id);
		const base = { id: campaign.id, campaign };
		if (!local) return { ...base, action: 'add' };
		if (campaign.updatedAt > local.updatedAt) return { ...base, action: 'update' };
		return {
			...base,
			action: 'skip',
			reason:
				campaign.updatedAt === local.updatedAt ? 'same updatedAt' : 'this device has a newer copy'
		};
	});

	const written = evaluations.filter((e) => e.action === 'add' || e.action === 'update');
	const writtenIds = new Set(written.map((e) => e.id));
	const ids = <A extends string>(items: { action: A; id: string }[], action: A) =>
		items.filter((i) => i.action === action).map((i) => i.id);
	return {
		evaluations,
		campaigns,
		writes: {
			campaigns: campaigns.filter((c) => c.action !== 'skip').map((c) => c.campaign),
			evaluations: written.map((e) => e.evaluation),
			photos: bundle.photos.filter((p) => writtenIds.has(p.evaluationId))
		},
		summary: {
			added: ids(evaluations, 'add'),
			updated: ids(evaluations, 'update'),
			skipped: ids(evaluations, 'skip'),
			older: ids(evaluations, 'older'),
			campaigns: {
				added: ids(campaigns, 'add'),
				updated: ids(campaigns, 'update'),
				skipped: ids(campaigns, 'skip')
			}
		}
	};
}
