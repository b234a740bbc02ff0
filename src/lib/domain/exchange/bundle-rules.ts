/**
 * Rules that span records of a bundle, checked after each record parsed on its own: ids are
 * unique, every evaluation has its campaign and every photo its evaluation, the criteria
 * edition matches, and record times are milliseconds, not seconds.
 */
import type { Catalog } from '../catalog/types';
import type { Campaign } from '../record/campaign';
import type { Evaluation } from '../record/evaluation';
import type { ParseError } from '../record/parse';
import { MIN_PLAUSIBLE_MS, type Bundle } from './bundle';

const SECONDS_MESSAGE = 'is before the year 2000: looks like seconds, not milliseconds';

/** Errors across the records of an otherwise valid bundle (empty when there are none). */
export function crossRecordErrors(bundle: Bundle, catalog: Catalog): ParseError[] {
	const errors: ParseError[] = [];
	if (bundle.catalog.criteriaDate !== catalog.version.criteriaDate) {
		errors.push({
			path: 'catalog.criteriaDate',
			message: `made for the KS S 1006 criteria of ${bundle.catalog.criteriaDate}; this app uses those of ${catalog.version.criteriaDate}`
		});
	}
	duplicates('campaigns', 'campaign', bundle.campaigns, errors);
	duplicates('evaluations', 'evaluation', bundle.evaluations, errors);
	// Photos are addressed by content: one may be evidence of two evaluations, once each.
	duplicates(
		'photos',
		'photo',
		bundle.photos.map((p) => ({ id: `${p.evaluationId}/${p.id}` })),
		errors
	);

	const parentIn = (records: readonly { id: string }[]) => new Set(records.map((r) => r.id));
	missingParents(
		'evaluations',
		'campaign',
		bundle.evaluations.map((e) => e.campaignId),
		parentIn(bundle.campaigns),
		errors
	);
	missingParents(
		'photos',
		'evaluation',
		bundle.photos.map((p) => p.evaluationId),
		parentIn(bundle.evaluations),
		errors
	);
	bundle.campaigns.forEach((c, i) => {
		const at = firstImplausibleTime(campaignTimes(c));
		if (at) errors.push({ path: `campaigns[${i}].${at}`, message: SECONDS_MESSAGE });
	});
	bundle.evaluations.forEach((e, i) => {
		const at = firstImplausibleTime(evaluationTimes(e));
		if (at) errors.push({ path: `evaluations[${i}].${at}`, message: SECONDS_MESSAGE });
	});
	return errors;
}

function duplicates(
	list: string,
	kind: string,
	items: readonly { id: string }[],
	errors: ParseError[]
): void {
	const first = new Map<string, number>();
	items.forEach(({ id }, i) => {
		const seen = first.get(id);
		if (seen === undefined) first.set(id, i);
		else {
			errors.push({
				path: `${list}[${i}].id`,
				message: `duplicate ${kind} id ${id} (also ${list}[${seen}])`
			});
		}
	});
}

type Times = Iterable<[string, number | undefined]>;

function firstImplausibleTime(times: Times): string | null {
	for (const [path, ms] of times) if (ms !== undefined && ms < MIN_PLAUSIBLE_MS) return path;
	return null;
}

function* campaignTimes(c: Campaign): Times {
	yield ['createdAt', c.createdAt];
	yield ['updatedAt', c.updatedAt];
}

/** Every epoch-ms field of an evaluation, with its path. */
function* evaluationTimes(e: Evaluation): Times {
	yield ['createdAt', e.createdAt];
	yield ['updatedAt', e.updatedAt];
	yield ['ivr.startedAt', e.ivr.startedAt];
	for (const [id, a] of Object.entries(e.answers)) yield [`answers.${id}.answeredAt`, a.answeredAt];
	for (const [i, ev] of e.ivr.events.entries()) yield [`ivr.events.${i}.at`, ev.at];
	for (const [i, f] of e.followUps.entries()) {
		if (f.kind === 'email') yield [`followUps.${i}.sentAt`, f.sentAt];
		else {
			yield [`followUps.${i}.requestedAt`, f.requestedAt];
			yield [`followUps.${i}.reservedAt`, f.reservedAt];
		}
		yield [`followUps.${i}.respondedAt`, f.respondedAt];
	}
	for (const [i, c] of e.changeLog.entries()) yield [`changeLog.${i}.at`, c.at];
}

/** An error for each record (`list[i]`) whose parent (`parentIds[i]`) is not in the bundle. */
function missingParents(
	list: string,
	parent: 'campaign' | 'evaluation',
	parentIds: readonly string[],
	present: ReadonlySet<string>,
	errors: ParseError[]
): void {
	parentIds.forEach((id, i) => {
		if (!present.has(id)) {
			errors.push({
				path: `${list}[${i}].${parent}Id`,
				message: `${parent} ${id} is not in the bundle`
			});
		}
	});
}
