/**
 * Reading an untrusted bundle file: size, padding (see `JsonGuard`), JSON, envelope, then
 * every record through the same
 * `parseCampaign` / `parseEvaluation` storage uses (so older record versions are migrated),
 * then the rules that span records. Never throws; every error has a path such as
 * `evaluations[3].answers.B1-07.value` and a message in plain English.
 */
import { catalog as appCatalog } from '../catalog';
import type { Catalog } from '../catalog/types';
import type { Campaign } from '../record/campaign';
import { CURRENT_SCHEMA_VERSION } from '../record/common';
import type { Evaluation } from '../record/evaluation';
import { formatIssue, parseCampaign, parseEvaluation, type ParseError } from '../record/parse';
import {
	BUNDLE_FORMAT,
	BUNDLE_FORMAT_VERSION,
	BUNDLE_LIMITS,
	BundleEnvelope,
	BundlePhoto,
	PHOTO_ID_PATTERN,
	type Bundle
} from './bundle';
import { base64LengthFor } from './base64';
import { crossRecordErrors } from './bundle-rules';
import { bundleSizeError, utf8Length } from './file-size';
import { JsonGuard, type JsonLimits } from './json-guard';
import { knownBundleFields } from './known-fields';

export interface ParseBundleOptions {
	/** Largest accepted file in bytes (UTF-8). Default 40 MiB. */
	maxBytes?: number;
	/** Check ids are validated against this catalog; the app's catalog by default. */
	catalog?: Catalog;
	/** The text went through a `bundleGuard()` already, as it was read (`readBundleBlob`). */
	guarded?: boolean;
}

export type ParseBundleResult =
	| {
			ok: true;
			bundle: Bundle;
			/** The JSON exactly as read: pass this to `verifyBundle`. */
			raw: unknown;
			/** Facts worth showing that do not stop the import (e.g. another catalog revision). */
			notices: ParseError[];
	  }
	| {
			ok: false;
			/** The first errors found (at most BUNDLE_LIMITS.errors), for display. */
			errors: ParseError[];
			/** How many errors were found in all, shown or not. */
			errorCount: number;
	  };

/** Parses and validates the text of a bundle file; never throws. */
export function parseBundle(text: string, opts: ParseBundleOptions = {}): ParseBundleResult {
	const json = parseBundleJson(text, opts);
	return json.ok ? checkBundle(json.raw, opts) : json;
}

/** What `parseBundleJson` gives: the JSON of a bundle file, not yet checked as a bundle. */
export type BundleJson = { ok: true; raw: unknown } | Extract<ParseBundleResult, { ok: false }>;

/**
 * The first half of `parseBundle`: size, padding and JSON; never throws. Split off so that a
 * caller can let go of the text before the records are checked: the file is held as text and
 * as objects at once only while `JSON.parse` runs.
 */
export function parseBundleJson(text: string, opts: ParseBundleOptions = {}): BundleJson {
	try {
		return readJson(text, opts);
	} catch (e) {
		return fail([{ path: '(file)', message: `unreadable bundle: ${String(e)}` }]);
	}
}

/** The second half of `parseBundle`: header, records and the rules across them; never throws. */
export function checkBundle(raw: unknown, opts: ParseBundleOptions = {}): ParseBundleResult {
	try {
		return check(raw, opts);
	} catch (e) {
		return fail([{ path: '(file)', message: `unreadable bundle: ${String(e)}` }]);
	}
}

/** A guard with the bundle's limits: feed it the file's text as it is read. */
export function bundleGuard(): JsonGuard {
	return new JsonGuard(bundleJsonLimits());
}

function readJson(text: string, opts: ParseBundleOptions): BundleJson {
	const maxBytes = opts.maxBytes ?? BUNDLE_LIMITS.maxBytes;
	if (typeof text !== 'string') return fail([{ path: '(file)', message: 'expected text' }]);
	// A UTF-16 unit is at most 3 UTF-8 bytes, so short texts need no counting.
	const bytes = text.length * 3 <= maxBytes ? text.length : utf8Length(text);
	const tooBig = bundleSizeError(bytes, maxBytes);
	if (tooBig) return fail([{ path: '(file)', message: tooBig }]);
	// One UTF-8 byte-order mark is allowed: Windows editors add it when a file is re-saved.
	const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	if (!/\S/.test(text.slice(from, from + 1024)) && text.trim() === '') {
		return fail([{ path: '(file)', message: 'the file is empty' }]);
	}
	if (!opts.guarded) {
		const guard = bundleGuard();
		const padding = guard.write(text) ?? guard.end();
		if (padding) return fail([padding]);
	}
	try {
		return { ok: true, raw: JSON.parse(from ? text.slice(from) : text) };
	} catch (e) {
		const detail = e instanceof Error ? e.message : String(e);
		return fail([{ path: '(file)', message: `not a JSON file: ${detail.slice(0, 200)}` }]);
	}
}

function check(raw: unknown, opts: ParseBundleOptions): ParseBundleResult {
	const catalog = opts.catalog ?? appCatalog;
	const head = headerErrors(raw);
	if (head) return fail(head);

	const errors = new ErrorList(BUNDLE_LIMITS.errors);
	const env = BundleEnvelope.safeParse(raw);
	if (!env.success) {
		for (const issue of env.error.issues) errors.add(formatIssue(issue));
		// Without the three arrays there is nothing sensible to check record by record.
		const arraysBad = env.error.issues.some((i) =>
			['campaigns', 'evaluations', 'photos'].includes(String(i.path[0]))
		);
		if (arraysBad) return errors.fail();
	}
	const doc = raw as Record<string, unknown[]>;
	const formatVersion = (raw as { formatVersion: number }).formatVersion;
	for (const e of schemaErrors(doc, formatVersion)) errors.add(e);
	const campaigns: Campaign[] = [];
	doc.campaigns!.forEach((item, i) => {
		const res = parseCampaign(item, { catalog });
		if (res.ok) campaigns.push(res.value);
		else errors.addAll(res.errors, `campaigns[${i}]`);
	});
	const evaluations: Evaluation[] = [];
	doc.evaluations!.forEach((item, i) => {
		// Checked on the raw record, so the message does not depend on the schema's own rules.
		const dupes = duplicateIdsInRecord(item);
		if (dupes.length) return errors.addAll(dupes, `evaluations[${i}]`);
		const res = parseEvaluation(item, { catalog });
		if (res.ok) evaluations.push(res.value);
		else errors.addAll(res.errors, `evaluations[${i}]`);
	});
	const photos: BundlePhoto[] = [];
	doc.photos!.forEach((item, i) => {
		const res = BundlePhoto.safeParse(item);
		if (!res.success) errors.addAll(res.error.issues.map(formatIssue), `photos[${i}]`);
		else if (formatVersion >= 2 && !PHOTO_ID_PATTERN.test(res.data.id)) {
			errors.add({ path: `photos[${i}].id`, message: 'expected sha256- and 64 hex digits' });
		} else photos.push(res.data);
	});
	if (!env.success || errors.size) return errors.fail();

	const bundle: Bundle = { ...env.data, campaigns, evaluations, photos };
	errors.addAll(crossRecordErrors(bundle, catalog));
	if (errors.size) return errors.fail();
	const notices: ParseError[] = [];
	if (bundle.catalog.revision !== catalog.version.revision) {
		notices.push({
			path: 'catalog.revision',
			message: `made with catalog revision ${bundle.catalog.revision}; this app has ${catalog.version.revision}`
		});
	}
	return { ok: true, bundle, raw, notices };
}

const NOT_AN_OBJECT = 'not a KS S 1006 bundle (expected a JSON object)';

function bundleJsonLimits(): JsonLimits {
	const known = knownBundleFields();
	const photoData = base64LengthFor(BUNDLE_LIMITS.photoBytes);
	return {
		depth: BUNDLE_LIMITS.depth,
		longestString: BUNDLE_LIMITS.longestString,
		longestNumber: BUNDLE_LIMITS.longestNumber,
		// `photos[i].dataBase64`: longer than any text, bounded by the photo size.
		bulk: {
			at: (path) => path.length === 3 && path[0] === 'photos' && path[2] === 'dataBase64',
			longest: photoData,
			message: `is larger than ${BUNDLE_LIMITS.photoBytes / (1024 * 1024)} MB`
		},
		whitespace: BUNDLE_LIMITS.whitespace,
		values: BUNDLE_LIMITS.values,
		known,
		lists: known.lists,
		longestList: known.longestList,
		unknownBudget: BUNDLE_LIMITS.unknownFields,
		notAnObject: NOT_AN_OBJECT
	};
}

/** Lists inside an evaluation whose items are addressed by id: an id must be unique. */
const ID_LISTS: readonly (readonly string[])[] = [['ivr', 'events'], ['followUps']];

/**
 * Two IVR events or follow-ups with one id make the screens that edit them by id ambiguous,
 * so they are refused: `ivr.events.3.id: duplicate id "x" (also ivr.events.1)`.
 */
export function duplicateIdsInRecord(record: unknown): ParseError[] {
	const errors: ParseError[] = [];
	for (const keys of ID_LISTS) {
		let list: unknown = record;
		for (const k of keys) list = isObject(list) ? list[k] : undefined;
		if (!Array.isArray(list)) continue;
		const at = keys.join('.');
		const first = new Map<string, number>();
		list.forEach((item: unknown, i) => {
			const id = isObject(item) ? item.id : undefined;
			if (typeof id !== 'string') return;
			const seen = first.get(id);
			if (seen === undefined) first.set(id, i);
			else
				errors.push({
					path: `${at}.${i}.id`,
					message: `duplicate id "${id.slice(0, 100)}" (also ${at}.${seen})`
				});
		});
	}
	return errors;
}

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Format 1 carried records of schema 1–2 (migrated on import); format 2 carries schema 3
 * records only, so a format-2 file relabelled as format 1 (to escape the always-signed rule)
 * cannot carry current records with their histories.
 */
function schemaErrors(doc: Record<string, unknown[]>, formatVersion: number): ParseError[] {
	const out: ParseError[] = [];
	const check = (list: string, items: unknown) => {
		if (!Array.isArray(items)) return;
		items.forEach((item, i) => {
			const v = (item as { schemaVersion?: unknown } | null)?.schemaVersion;
			if (typeof v !== 'number') return;
			if (formatVersion < 2 && v >= CURRENT_SCHEMA_VERSION) {
				out.push({
					path: `${list}[${i}].schemaVersion`,
					message: `a format 1 bundle carries records of schema 1–2, not ${v}`
				});
			} else if (formatVersion >= 2 && v !== CURRENT_SCHEMA_VERSION) {
				out.push({
					path: `${list}[${i}].schemaVersion`,
					message: `a format ${formatVersion} bundle carries records of schema ${CURRENT_SCHEMA_VERSION}`
				});
			}
		});
	};
	check('evaluations', doc.evaluations);
	return out;
}

/** Format tag and version first: a foreign file gets one clear line, not a hundred. */
function headerErrors(raw: unknown): ParseError[] | null {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return [{ path: '(root)', message: NOT_AN_OBJECT }];
	}
	const { format, formatVersion: v } = raw as Record<string, unknown>;
	if (format !== BUNDLE_FORMAT) {
		const found = typeof format === 'string' ? `"${format.slice(0, 50)}"` : 'missing';
		return [
			{
				path: 'format',
				message: `not a KS S 1006 bundle (format is ${found}, expected "${BUNDLE_FORMAT}")`
			}
		];
	}
	if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
		return [{ path: 'formatVersion', message: 'expected a whole number ≥ 1' }];
	}
	if (v > BUNDLE_FORMAT_VERSION) {
		return [
			{
				path: 'formatVersion',
				message: `bundle format ${v} is newer than this app supports (${BUNDLE_FORMAT_VERSION})`
			}
		];
	}
	return null;
}

/** Collects errors up to a limit, then counts the rest. */
class ErrorList {
	#items: ParseError[] = [];
	#dropped = 0;
	#limit: number;
	constructor(limit: number) {
		this.#limit = limit;
	}

	get size(): number {
		return this.#items.length + this.#dropped;
	}

	add(e: ParseError): void {
		if (this.#items.length < this.#limit) this.#items.push(e);
		else this.#dropped++;
	}

	addAll(list: readonly ParseError[], prefix = ''): void {
		for (const e of list) {
			const path = !prefix ? e.path : e.path === '(root)' ? prefix : `${prefix}.${e.path}`;
			this.add({ path, message: e.message });
		}
	}

	/** The failure: the collected errors and the count of all of them. */
	fail(): ParseBundleResult {
		return { ok: false, errors: this.#items, errorCount: this.size };
	}
}

function fail(errors: ParseError[]): ParseBundleResult {
	return { ok: false, errors, errorCount: errors.length };
}
