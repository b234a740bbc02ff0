/**
 * Export of signed bundles and CSV files: builds a signed bundle (or two CSV files) of the
 * chosen records and hands them to the share sheet or a download.
 */
import {
	answersCsv,
	buildBundle,
	bytesToBase64,
	csvItems,
	evaluationsCsv,
	findNameLikeWords,
	signBundle,
	type BundlePhoto,
	type NameLikeWord
} from '$lib/domain/exchange';
import type { Campaign, Evaluation } from '$lib/domain/record';
import { listCampaigns } from '$lib/storage/campaigns';
import { listEvaluations } from '$lib/storage/evaluations';
import { getDeviceKey } from '$lib/storage/keys';
import { listPhotos } from '$lib/storage/photos';

export interface ExportSelection {
	/** Evaluation ids to export; with `campaignId` alone, all of that campaign's. */
	evaluationIds?: readonly string[];
	campaignId?: string;
	anonymise: boolean;
	/** With `anonymise`: the name-like words of the free text the person confirmed. */
	nameWords?: readonly NameLikeWord[];
}

/** The name-like words in the free text of a selection, for the person to confirm. */
export async function nameWordsOf(selection: ExportSelection): Promise<NameLikeWord[]> {
	return findNameLikeWords((await selectRecords(selection)).evaluations);
}

/** The records a selection covers: evaluations and the campaigns they need. */
async function selectRecords(
	selection: ExportSelection
): Promise<{ campaigns: Campaign[]; evaluations: Evaluation[] }> {
	const all = await listEvaluations(selection.campaignId);
	const wanted = selection.evaluationIds ? new Set(selection.evaluationIds) : undefined;
	const evaluations = wanted ? all.filter((e) => wanted.has(e.id)) : all;
	const ids = new Set(evaluations.map((e) => e.campaignId));
	if (selection.campaignId) ids.add(selection.campaignId);
	const campaigns = (await listCampaigns()).filter((c) => ids.has(c.id));
	return { campaigns, evaluations };
}

function stamp(now: number): string {
	const d = new Date(now + 9 * 3_600_000); // Seoul, for file names only
	return d.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
}

/**
 * Hands files to the share sheet when the browser can share files, else downloads them.
 * 'cancelled' when the person closed the share sheet (nothing was sent, nothing is wrong).
 */
export async function deliverFiles(files: File[]): Promise<'shared' | 'downloaded' | 'cancelled'> {
	if (typeof navigator.canShare === 'function' && navigator.canShare({ files })) {
		try {
			await navigator.share({ files });
			return 'shared';
		} catch (error) {
			// Closing the share sheet is a choice, not an error; any other failure falls back
			// to a download so the files are never lost.
			if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
		}
	}
	for (const file of files) {
		const url = URL.createObjectURL(file);
		const a = document.createElement('a');
		a.href = url;
		a.download = file.name;
		document.body.append(a);
		a.click();
		a.remove();
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
	}
	return 'downloaded';
}

/** A signed JSON bundle of the selection, as a file. */
export async function exportBundleFile(
	selection: ExportSelection,
	now = Date.now()
): Promise<File> {
	const { campaigns, evaluations } = await selectRecords(selection);
	const photos: BundlePhoto[] = [];
	for (const e of evaluations) {
		for (const p of await listPhotos(e.id)) {
			photos.push({
				id: p.id,
				evaluationId: p.evaluationId,
				mimeType: p.mimeType,
				width: p.width,
				height: p.height,
				createdAt: p.createdAt,
				dataBase64: bytesToBase64(new Uint8Array(await p.blob.arrayBuffer()))
			});
		}
	}
	const unsigned = buildBundle({
		campaigns,
		evaluations,
		photos,
		now,
		appVersion: __APP_VERSION__,
		anonymise: selection.anonymise,
		nameWords: selection.nameWords
	});
	const key = await getDeviceKey();
	const bundle = await signBundle(unsigned, key.keyPair);
	const name = `ks-s-1006-${evaluations.length === 1 ? 'evaluation' : 'bundle'}-${stamp(now)}.json`;
	return new File([JSON.stringify(bundle)], name, { type: 'application/json' });
}

/** Two CSV files (evaluations, answers) of the selection, UTF-8 with BOM. */
export async function exportCsvFiles(
	selection: ExportSelection,
	locale: 'ko' | 'en',
	now = Date.now()
): Promise<File[]> {
	const { campaigns, evaluations } = await selectRecords(selection);
	const source = selection.anonymise
		? buildBundle({
				campaigns,
				evaluations,
				now,
				appVersion: __APP_VERSION__,
				anonymise: true,
				nameWords: selection.nameWords
			}).evaluations
		: evaluations;
	const items = csvItems(source, campaigns);
	const type = 'text/csv;charset=utf-8';
	return [
		new File([evaluationsCsv(items, locale)], `ks-s-1006-evaluations-${stamp(now)}.csv`, { type }),
		new File([answersCsv(items, locale)], `ks-s-1006-answers-${stamp(now)}.csv`, { type })
	];
}
