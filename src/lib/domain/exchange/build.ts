/**
 * Making a bundle from records the app holds. Every evaluation travels with its campaign,
 * because the campaign carries the scoring template: without it the receiver could not score
 * the evaluation the way the evaluator saw it.
 */
import { catalog as appCatalog } from '../catalog';
import type { Catalog } from '../catalog/types';
import type { Campaign } from '../record/campaign';
import type { Evaluation } from '../record/evaluation';
import { anonymiseEvaluations } from './anonymise';
import type { NameLikeWord } from './name-words';
import { trustOf } from './trust';
import {
	APP_NAME,
	BUNDLE_FORMAT,
	BUNDLE_FORMAT_VERSION,
	type BundlePhoto,
	type UnsignedBundle
} from './bundle';

export interface BuildBundleInput {
	campaigns: readonly Campaign[];
	evaluations: readonly Evaluation[];
	photos?: readonly BundlePhoto[];
	/** Epoch ms written as `createdAt`. */
	now: number;
	appVersion: string;
	/** Replace agent names by 상담사 A, B, … (see anonymise.ts). */
	anonymise?: boolean;
	/** With `anonymise`: the name-like words of the free text the person confirmed. */
	nameWords?: readonly NameLikeWord[];
	/** The catalog whose version is recorded; the app's catalog unless a test says otherwise. */
	catalog?: Catalog;
}

/**
 * An unsigned bundle of the given records. Throws when an evaluation's campaign or a photo's
 * evaluation is missing, or an id repeats: those are caller bugs, not user input. An
 * imported record travels with its `origin` trust mark, so the receiver sees it was not the
 * exporter's own and how it was trusted when it arrived (a signature by the exporter's key
 * never makes a record from an altered file read "verified").
 */
export function buildBundle(input: BuildBundleInput): UnsignedBundle {
	const { campaigns, now, appVersion } = input;
	const photos = input.photos ?? [];
	assertUnique('campaign', campaigns);
	assertUnique('evaluation', input.evaluations);
	// A photo is its content: the same one may be evidence of two evaluations, once each.
	assertUnique(
		'photo',
		photos.map((p) => ({ id: `${p.evaluationId}/${p.id}` }))
	);
	const campaignIds = new Set(campaigns.map((c) => c.id));
	const missing = input.evaluations.filter((e) => !campaignIds.has(e.campaignId));
	if (missing.length) {
		const ids = [...new Set(missing.map((e) => e.campaignId))].join(', ');
		throw new Error(`buildBundle: campaign(s) ${ids} missing for the selected evaluations`);
	}
	const evaluationIds = new Set(input.evaluations.map((e) => e.id));
	const stray = photos.filter((p) => !evaluationIds.has(p.evaluationId));
	if (stray.length) {
		throw new Error(`buildBundle: photo(s) ${stray.map((p) => p.id).join(', ')} of no evaluation`);
	}
	const local = input.evaluations.map(withTrustMark);
	const { standard, criteriaDate, revision } = (input.catalog ?? appCatalog).version;
	return {
		format: BUNDLE_FORMAT,
		formatVersion: BUNDLE_FORMAT_VERSION,
		createdAt: now,
		app: { name: APP_NAME, version: appVersion },
		catalog: { standard, criteriaDate, revision },
		campaigns: [...campaigns],
		evaluations: input.anonymise ? anonymiseEvaluations(local, input.nameWords) : local,
		photos: [...photos]
	};
}

/** A bundle of one evaluation with its campaign and photos. */
export function bundleOfEvaluation(
	evaluation: Evaluation,
	campaign: Campaign,
	rest: Omit<BuildBundleInput, 'campaigns' | 'evaluations'>
): UnsignedBundle {
	return buildBundle({ ...rest, campaigns: [campaign], evaluations: [evaluation] });
}

/** A bundle of a whole campaign: the campaign and those of `evaluations` that belong to it. */
export function bundleOfCampaign(
	campaign: Campaign,
	evaluations: readonly Evaluation[],
	rest: Omit<BuildBundleInput, 'campaigns' | 'evaluations'>
): UnsignedBundle {
	const own = evaluations.filter((e) => e.campaignId === campaign.id);
	const ids = new Set(own.map((e) => e.id));
	const photos = (rest.photos ?? []).filter((p) => ids.has(p.evaluationId));
	return buildBundle({ ...rest, photos, campaigns: [campaign], evaluations: own });
}

function withTrustMark(e: Evaluation): Evaluation {
	const trust = trustOf(e);
	if (e.origin === undefined || trust === undefined) return e;
	const origin: NonNullable<Evaluation['origin']> = { importedAt: e.origin.importedAt, trust };
	if (e.origin.signerFingerprint !== undefined)
		origin.signerFingerprint = e.origin.signerFingerprint;
	return { ...e, origin };
}

function assertUnique(kind: string, items: readonly { id: string }[]): void {
	const seen = new Set<string>();
	for (const { id } of items) {
		if (seen.has(id)) throw new Error(`buildBundle: ${kind} id ${id} appears twice`);
		seen.add(id);
	}
}
