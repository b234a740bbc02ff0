/**
 * The exchange bundle: one JSON file carrying evaluations with their campaigns (and so their
 * scoring templates), evidence photos and an optional ECDSA signature. Format and rules:
 * docs/bundle-format.md. The envelope schema lives here; records inside it are validated by
 * `parseCampaign` / `parseEvaluation` so a bundle and storage accept exactly the same records.
 */
import { z } from '../base/zod';
import type { Campaign } from '../record/campaign';
import type { Evaluation } from '../record/evaluation';
import {
	base64DecodedLength,
	base64LengthFor,
	hasImageMagic,
	isBase64,
	photoMimeTypes
} from './base64';

export const BUNDLE_FORMAT = 'ks-s-1006-bundle';
/**
 * The bundle format version this app writes and the newest it reads. Version 2 carries
 * versioned (schema 3) records, content-addressed photos and per-record trust marks, and is
 * always signed by this app; version 1 carried schema 1–2 records and still imports.
 */
export const BUNDLE_FORMAT_VERSION = 2;
/** The oldest format version still read. */
export const OLDEST_BUNDLE_FORMAT_VERSION = 1;
/** Photo ids in format 2: `sha256-` and the hex SHA-256 of the photo's bytes. */
export const PHOTO_ID_PATTERN = /^sha256-[0-9a-f]{64}$/;
/** The app name written into `app.name`. */
export const APP_NAME = 'ks-s-1006-mystery-shopper';

const MiB = 1024 * 1024;

/** Bounds on an untrusted bundle; see docs/bundle-format.md. */
export const BUNDLE_LIMITS = {
	/**
	 * Whole file, checked by `File.size` before the file is read. Reading, parsing and hashing
	 * a file takes about five times its size in memory, which a phone with a 512 MB heap
	 * holds comfortably at 40 MB (about 80 evidence photos of 1600 px).
	 */
	maxBytes: 40 * MiB,
	campaigns: 1000,
	evaluations: 10_000,
	photos: 5000,
	/** One photo, decoded. Photos are downscaled on the device, so this is generous. */
	photoBytes: 8 * MiB,
	photoSide: 20_000,
	/** Nesting depth of the JSON; real bundles are about 7 deep. */
	depth: 32,
	/** Errors listed before the rest are summarised in one line. */
	errors: 100,
	/**
	 * Longest string outside photo data. The longest legitimate text is 8,000 characters (an
	 * opinion); anything past this bound is padding, refused before any schema reads it.
	 */
	longestString: 64 * 1024,
	/** What fields unknown to this app may carry in all (roughly, as JSON bytes). */
	unknownFields: 256 * 1024,
	/** Longest number or literal: 17 significant digits and an exponent need far fewer. */
	longestNumber: 64,
	/**
	 * Most white space between two tokens: what a pretty-printer writes (a line break, an
	 * indent), never a run of padding.
	 */
	whitespace: { breaks: 2, spaces: 128 },
	/**
	 * Most JSON values in a file. Records take about 17 bytes a value, so a 40 MB file of
	 * records alone holds about 2.5 million (photos far fewer); a value of 2–3 bytes (`0,`,
	 * `{},`) is padding that would take 20 to 50 times its size in memory once parsed.
	 */
	values: 4_000_000
} as const;

/** 2000-01-01T00:00Z: record times before this are taken as seconds mistaken for ms. */
export const MIN_PLAUSIBLE_MS = 946_684_800_000;
const MAX_EPOCH_MS = 7_258_118_400_000;

const plausibleMs = z
	.number()
	.int()
	.max(MAX_EPOCH_MS)
	.refine((n) => n >= MIN_PLAUSIBLE_MS, {
		message: 'is before the year 2000: looks like seconds, not milliseconds'
	});

export const PublicKeyJwk = z.object({
	kty: z.literal('EC'),
	crv: z.literal('P-256'),
	// 32 bytes in unpadded base64url = 43 characters.
	x: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'expected a 32-byte base64url coordinate'),
	y: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'expected a 32-byte base64url coordinate')
});
export type PublicKeyJwk = z.infer<typeof PublicKeyJwk>;

export const BundleSignature = z.object({
	algorithm: z.literal('ECDSA-P256-SHA256'),
	publicKeyJwk: PublicKeyJwk,
	fingerprint: z
		.string()
		.regex(/^[0-9A-F]{4}( [0-9A-F]{4}){3}$/, 'expected e.g. 3F2A 9C1B 77D0 E4A2'),
	// A P-256 r||s signature is 64 bytes = 88 base64 characters.
	value: z.string().length(88).refine(isBase64, { message: 'is not base64' })
});
export type BundleSignature = z.infer<typeof BundleSignature>;

export const BundlePhoto = z
	.object({
		id: z.string().min(1).max(100),
		evaluationId: z.uuid(),
		mimeType: z.enum(photoMimeTypes),
		width: z.number().int().min(1).max(BUNDLE_LIMITS.photoSide),
		height: z.number().int().min(1).max(BUNDLE_LIMITS.photoSide),
		/** When the photo was taken; optional, storage falls back to the import time. */
		createdAt: plausibleMs.optional(),
		dataBase64: z
			.string()
			.min(16, 'is too short to be an image')
			.max(base64LengthFor(BUNDLE_LIMITS.photoBytes), {
				message: `is larger than ${BUNDLE_LIMITS.photoBytes / MiB} MB`
			})
			.refine(isBase64, { message: 'is not base64 (A–Z a–z 0–9 + / and = padding)' })
	})
	.superRefine((p, ctx) => {
		if (base64DecodedLength(p.dataBase64) > BUNDLE_LIMITS.photoBytes) {
			ctx.addIssue({
				code: 'custom',
				path: ['dataBase64'],
				message: `is larger than ${BUNDLE_LIMITS.photoBytes / MiB} MB`
			});
		} else if (!hasImageMagic(p.dataBase64, p.mimeType)) {
			ctx.addIssue({
				code: 'custom',
				path: ['dataBase64'],
				message: `is not a ${p.mimeType} image`
			});
		}
	});
export type BundlePhoto = z.infer<typeof BundlePhoto>;

/** The envelope; campaigns and evaluations are checked one by one afterwards. */
export const BundleEnvelope = z.object({
	format: z.literal(BUNDLE_FORMAT),
	formatVersion: z.number().int().min(OLDEST_BUNDLE_FORMAT_VERSION).max(BUNDLE_FORMAT_VERSION),
	createdAt: plausibleMs,
	app: z.object({ name: z.string().min(1).max(100), version: z.string().min(1).max(50) }),
	catalog: z.object({
		standard: z.literal('KS S 1006'),
		criteriaDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
		revision: z.number().int().min(1).max(1_000_000)
	}),
	campaigns: z.array(z.unknown()).max(BUNDLE_LIMITS.campaigns),
	evaluations: z.array(z.unknown()).max(BUNDLE_LIMITS.evaluations),
	photos: z.array(z.unknown()).max(BUNDLE_LIMITS.photos),
	signature: BundleSignature.optional()
});

export interface Bundle {
	format: typeof BUNDLE_FORMAT;
	/** The version the file was written in (older ones are read and their records migrated). */
	formatVersion: number;
	/** Epoch ms when the file was made. */
	createdAt: number;
	app: { name: string; version: string };
	catalog: { standard: 'KS S 1006'; criteriaDate: string; revision: number };
	campaigns: Campaign[];
	evaluations: Evaluation[];
	photos: BundlePhoto[];
	signature?: BundleSignature;
}

/** A bundle before signing (a signed one minus its signature). */
export type UnsignedBundle = Omit<Bundle, 'signature'>;
