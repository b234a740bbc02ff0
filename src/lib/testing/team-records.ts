/**
 * Records for tools and tests that talk to a real team server (tests/server-*.spec.ts, the
 * server benchmark): campaigns and final phone evaluations made with the domain's own edit
 * operations (so their versions and change logs are what a phone makes), and device keys that
 * sign pushes as the phone does.
 */
import { catalog } from '../domain/catalog';
import {
	answer,
	finalize,
	linkEvidence,
	newEvaluation,
	setNote,
	type EditContext
} from '../domain/editing';
import { base64ToBytes, bytesToBase64 } from '../domain/exchange/base64';
import type { PublicKeyJwk } from '../domain/exchange/bundle';
import { canonicalize } from '../domain/exchange/canonical';
import { photoContentId } from '../domain/exchange/photo-id';
import {
	exportPublicKeyJwk,
	fingerprintOf,
	generateSigningKey
} from '../domain/exchange/signature';
import type { AnswerValue } from '../domain/record/common';
import type { Campaign } from '../domain/record/campaign';
import type { Evaluation } from '../domain/record/evaluation';
import { readRecord } from '../domain/reading/read';
import { buildCampaign, T0 } from './builders';

export { T0 };

/** A campaign as a coordinator makes it: the default template, one phone number. */
export function teamCampaign(id: string, name = '테스트 고객센터'): Campaign {
	return buildCampaign({ id, center: { name, phoneNumbers: ['1588-0000'], channels: [] } });
}

/** The answers a generated evaluation cycles through (offset by its `n`). */
const VALUES: readonly AnswerValue[] = ['met', 'met', 'met', 'partial', 'not-met'];

export interface TeamEvaluationInput {
	id: string;
	campaignId: string;
	/** The phone that makes it (every change-log entry is by this device). */
	deviceId: string;
	/** Varies the answers and the time (n minutes after T0). */
	n?: number;
	/** That many note changes after it was finalized. */
	edits?: number;
	/** Photo ids (`sha256-…`) linked to its first answer. */
	evidence?: readonly string[];
}

/**
 * A final phone evaluation of `teamCampaign`, made as a phone makes one: created, every
 * expected check answered, photos linked, finalized under the campaign's template; then
 * `edits` note changes.
 */
export function teamEvaluation(input: TeamEvaluationInput): Evaluation {
	const { id, campaignId, deviceId, n = 0, edits = 0, evidence = [] } = input;
	const campaign = teamCampaign(campaignId);
	const at = T0 + n * 60_000;
	const ctx = (ms: number): EditContext => ({ at: at + ms, by: deviceId });
	let e = newEvaluation(
		{
			id,
			campaignId,
			evaluator: '김평가',
			channel: 'phone',
			scenario: '카드 분실 신고',
			timeSlot: 'morning'
		},
		ctx(0)
	);
	const checks = readRecord(e, campaign, at, catalog).score.incomplete;
	checks.forEach((checkId, i) => {
		e = answer(e, checkId, VALUES[(n + i) % VALUES.length]!, ctx((i + 1) * 1000));
	});
	for (const photoId of evidence) e = linkEvidence(e, checks[0]!, photoId, ctx(200_000));
	const done = finalize(e, readRecord(e, campaign, at, catalog).score, campaign, ctx(300_000));
	if (!done.ok) throw new Error(`cannot finalize: ${JSON.stringify(done.issues)}`);
	let record = done.evaluation;
	for (let k = 0; k < edits; k++) record = editEvaluation(record, deviceId, k);
	return record;
}

/** The next version of a record: the note of its first answer changed (one log entry). */
export function editEvaluation(record: Evaluation, deviceId: string, k = 0): Evaluation {
	const version = record.version + 1;
	const checkId = Object.keys(record.answers)[0] ?? 'A1-01';
	const ctx = { at: T0 + 86_400_000 + version * 1000, by: deviceId };
	return setNote(record, checkId, `메모 ${version}-${k}`, ctx);
}

/** A device's signing key, as the phone keeps it: the pair, its public JWK, its fingerprint. */
export interface DeviceKeyPair {
	deviceId: string;
	pair: CryptoKeyPair;
	publicKeyJwk: PublicKeyJwk;
	fingerprint: string;
}

/** A new P-256 signing key for a device. */
export async function newDeviceKey(deviceId: string): Promise<DeviceKeyPair> {
	const pair = await generateSigningKey();
	const publicKeyJwk = await exportPublicKeyJwk(pair.publicKey);
	return { deviceId, pair, publicKeyJwk, fingerprint: await fingerprintOf(publicKeyJwk) };
}

/** Base64 of the ECDSA P-256 / SHA-256 signature over the canonical JSON of `value`. */
export async function signCanonical(privateKey: CryptoKey, value: unknown): Promise<string> {
	const bytes = new TextEncoder().encode(canonicalize(value));
	const raw = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, bytes);
	return bytesToBase64(new Uint8Array(raw));
}

/** Whether `signature` (base64) is the key's signature over the canonical JSON of `value`. */
export async function verifyCanonical(
	jwk: JsonWebKey,
	signature: string,
	value: unknown
): Promise<boolean> {
	const publicKey = await crypto.subtle.importKey(
		'jwk',
		{ ...jwk, ext: true },
		{ name: 'ECDSA', namedCurve: 'P-256' },
		true,
		['verify']
	);
	return crypto.subtle.verify(
		{ name: 'ECDSA', hash: 'SHA-256' },
		publicKey,
		base64ToBytes(signature),
		new TextEncoder().encode(canonicalize(value))
	);
}

/** The hex SHA-256 of some bytes: a photo's address on the server. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
	return (await photoContentId(bytes)).slice('sha256-'.length);
}
