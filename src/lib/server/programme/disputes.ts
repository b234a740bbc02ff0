// Managers' disputes of released evaluations and the coordinator's decisions. An overturn is a
// new revision the team server makes in one transaction, with the domain's editing steps
// (reopen with the decision's reason, the check's new answer, finalize): the change log says
// who and why, the reading and tallies follow as for a push, and the release stays.
import { can, type Action } from '$lib/domain/access/permissions';
import { asc, eq } from 'drizzle-orm';
import { catalog } from '$lib/domain/catalog';
import { answer, finalize, reopen } from '$lib/domain/editing';
import {
	serverActor,
	type DecideDisputeRequest,
	type OpenDisputeRequest
} from '$lib/domain/programme/center';
import {
	canDispute,
	disputeDeadline,
	Dispute,
	releasedStage,
	type ReviewView
} from '$lib/domain/programme/review';
import { parseEvaluation, type Evaluation } from '$lib/domain/record';
import { readRecord } from '$lib/domain/reading';
import type { Session } from '../auth/session';
import { requireAction } from '../auth/access';
import type { Db, Orm } from '../db';
import { blobs, disputeFiles, disputes, evaluations, serverRevisions } from '../db/schema';
import { ApiError, invalid, notFound } from '../http/errors';
import { storedColumns } from '../records/derive';
import { campaignRules } from '../records/reading-row';
import { withWriteLock } from '../records/write-lock';
import { toBytes } from '../records/blobs';
import { storeWrites } from '../records/push';
import { actorOf, campaignOfRow, disputesOf, requireStep, writeEvent } from './review';
import { disputeDaysOf, type Reader } from './reader';
import { setCampaignSettings } from './settings';
import { rangeRefusal } from './clips';

/**
 * The disputes the reader may see: a coordinator and a manager all of the campaign's (the
 * manager's are about released evaluations only), a shopper those about their own evaluations.
 */
export async function disputesFor(
	db: Db,
	reader: Reader,
	campaignId: string,
	_now: number
): Promise<Dispute[]> {
	const rows = await db.orm
		.select({ body: disputes.body, shopper: evaluations.shopperMemberId })
		.from(disputes)
		.innerJoin(evaluations, eq(evaluations.id, disputes.evaluationId))
		.where(eq(disputes.campaignId, campaignId))
		.orderBy(asc(disputes.openedAt), asc(disputes.id));
	return rows.flatMap((r) => {
		const visible =
			can(reader.roles, 'dispute.read') ||
			(reader.scopes.has('own') && r.shopper === reader.memberId);
		if (!visible) return [];
		const parsed = Dispute.safeParse(r.body);
		return parsed.success ? [parsed.data] : [];
	});
}

/** The evaluation a manager's or coordinator's step is about, 404 when there is none. */
async function evaluationRow(orm: Orm, id: string) {
	const rows = await orm
		.select({
			...storedColumns,
			version: evaluations.version,
			shopperMemberId: evaluations.shopperMemberId,
			missingBlobs: evaluations.missingBlobs,
			releasedAt: evaluations.releasedAt
		})
		.from(evaluations)
		.where(eq(evaluations.id, id))
		.limit(1);
	if (!rows[0]) throw notFound('No such evaluation.');
	return rows[0];
}

/**
 * The release a manager's step (or a decision on a dispute) is about: `released_at` is the
 * instant it is visible from (the review steps that lead there are the coordinator's), and the
 * disputes say whether it is released, disputed or decided. 422 when not visible to a manager
 * now.
 */
export function releasedView(
	row: { releasedAt: Date | null; deleted: boolean; version: number },
	now: number,
	disputes: readonly Dispute[] = []
): ReviewView {
	if (row.deleted || row.releasedAt === null || row.releasedAt.getTime() > now) {
		throw invalid('This evaluation has not been released to the center.');
	}
	const visibleFrom = row.releasedAt.getTime();
	return {
		state: 'released',
		stage: releasedStage(visibleFrom, disputes),
		version: row.version,
		comments: [],
		visibleFrom
	};
}

/** The version the caller read must be the one the server holds. */
export function sameVersion(held: number, read: number): void {
	if (held !== read) {
		throw new ApiError(
			409,
			'version-changed',
			`The server holds version ${held} of this evaluation; sync and look again.`
		);
	}
}

/** POST /evaluations/:id/disputes (the campaign's manager, within the deadline). */
export async function openDispute(
	db: Db,
	session: Session,
	evaluationId: string,
	input: OpenDisputeRequest,
	now = Date.now()
): Promise<{ dispute: Dispute }> {
	const row = await evaluationRow(db.orm, evaluationId);
	await requireAction(db, session.memberId, row.campaignId, 'dispute.open');
	const known = await disputesOf(db.orm, evaluationId);
	const view = releasedView(row, now, known);
	requireStep(view, 'dispute');
	sameVersion(row.version, input.version);
	const body = row.body as Evaluation;
	if (!body.answers?.[input.checkId]) {
		throw invalid(`checkId: the evaluation has no answer for ${input.checkId}`);
	}
	const rangeRefused = input.range && rangeRefusal(body, input.range);
	if (rangeRefused) throw invalid(rangeRefused);
	const days = await disputeDaysOf(db, row.campaignId);
	const refusal = canDispute(view, known, input.checkId, now, days);
	if (refusal === 'deadline-passed') {
		const until = new Date(disputeDeadline(view.visibleFrom!, days)).toISOString();
		throw new ApiError(
			422,
			'deadline-passed',
			`The deadline to dispute this evaluation (${days} days from its release) passed at ${until}.`
		);
	}
	if (refusal === 'already-open') {
		throw new ApiError(409, 'already-open', 'This check already has an open dispute.');
	}
	if (refusal) throw invalid('This evaluation has not been released to the center.');

	const file = input.file;
	if (file) {
		// The bytes came first, through the resumable blob store; only a whole one is named.
		const held = await db.orm
			.select({ size: blobs.size })
			.from(blobs)
			.where(eq(blobs.sha256, file.sha256))
			.limit(1);
		if (held[0]?.size !== file.size) {
			throw new ApiError(
				422,
				'file-missing',
				'The attached file has not arrived whole; upload it (PUT /blobs/:sha256) and send again.'
			);
		}
	}
	const dispute: Dispute = Dispute.parse({
		id: crypto.randomUUID(),
		evaluationId,
		version: row.version,
		checkId: input.checkId,
		reason: input.reason,
		...(file ? { fileSha256: file.sha256, fileName: file.name } : {}),
		...(input.range ? { range: input.range } : {}),
		openedBy: session.memberId,
		openedByName: actorOf(session).byName,
		openedAt: now
	});
	await db.orm.transaction(async (txRaw) => {
		const tx = txRaw as unknown as Orm;
		await tx.insert(disputes).values({
			id: dispute.id,
			evaluationId,
			campaignId: row.campaignId,
			body: dispute,
			openedAt: new Date(now)
		});
		if (file) {
			await tx.insert(disputeFiles).values({
				disputeId: dispute.id,
				name: file.name,
				type: file.type || 'application/octet-stream',
				size: file.size,
				sha256: file.sha256
			});
		}
	});
	return { dispute };
}

/** Fails unless the dispute exists (404) and the member may take `action` in its campaign. */
async function requireDisputeAction(
	db: Db,
	session: Session,
	disputeId: string,
	action: Action
): Promise<void> {
	const campaignId = await campaignOfRow(db, disputes, disputeId, 'No such dispute.');
	await requireAction(db, session.memberId, campaignId, action);
}

/** GET /disputes/:id/file: the attached file (the campaign's coordinator or manager). */
export async function disputeFile(
	db: Db,
	session: Session,
	disputeId: string
): Promise<{ name: string; type: string; bytes: Uint8Array }> {
	await requireDisputeAction(db, session, disputeId, 'dispute.read');
	const rows = await db.orm
		.select({ name: disputeFiles.name, type: disputeFiles.type, bytes: blobs.bytes })
		.from(disputeFiles)
		.innerJoin(blobs, eq(blobs.sha256, disputeFiles.sha256))
		.where(eq(disputeFiles.disputeId, disputeId))
		.limit(1);
	if (!rows[0]) throw notFound('This dispute has no file.');
	return { ...rows[0], bytes: toBytes(rows[0].bytes) };
}

/**
 * POST /disputes/:id/decision (the campaign's coordinator). Upheld: the decision is recorded.
 * Overturned: a new revision of the evaluation, made and stored here, stays released.
 */
export async function decideDispute(
	db: Db,
	session: Session,
	disputeId: string,
	input: DecideDisputeRequest,
	now = Date.now()
): Promise<{ dispute: Dispute }> {
	await requireDisputeAction(db, session, disputeId, 'dispute.decide');
	return withWriteLock(db.orm, async (tx) => {
		const rows = await tx.select().from(disputes).where(eq(disputes.id, disputeId)).limit(1);
		const dispute = Dispute.parse(rows[0]!.body);
		if (dispute.decision) {
			throw new ApiError(409, 'already-decided', 'This dispute has already been decided.');
		}
		const who = actorOf(session);
		const decision: NonNullable<Dispute['decision']> = {
			outcome: input.outcome,
			reason: input.reason,
			by: who.by,
			byName: who.byName,
			at: now
		};
		// The decision is about a release: the review state machine must stand at disputed.
		const row = await evaluationRow(tx, dispute.evaluationId);
		if (row.deleted) throw new ApiError(409, 'deleted', 'The evaluation has been deleted.');
		if (row.releasedAt === null) {
			throw new ApiError(409, 'not-released', 'The evaluation is no longer released.');
		}
		const view = releasedView(row, now, await disputesOf(tx, dispute.evaluationId));
		requireStep(view, input.outcome === 'upheld' ? 'uphold' : 'overturn');
		if (input.outcome === 'overturned') {
			const releasedAt = row.releasedAt;
			sameVersion(row.version, dispute.version);
			const campaign = await campaignRules(tx, row.campaignId);
			if (!campaign) throw invalid('The campaign on the server cannot be read.');
			const ctx = { at: now, by: serverActor(session.memberId) };
			const reopened = reopen(row.body as Evaluation, input.reason, ctx);
			const answered = answer(reopened, dispute.checkId, input.newValue, ctx);
			const done = finalize(
				answered,
				readRecord(answered, campaign, now, catalog).score,
				campaign,
				ctx
			);
			if (!done.ok) {
				throw invalid(
					`The revision cannot be finalized: ${done.issues.map((i) => `${i.checkId} ${i.problem}`).join(', ')}`
				);
			}
			const parsed = parseEvaluation(done.evaluation, { catalog });
			if (!parsed.ok) throw invalid(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
			const record = parsed.value;
			await storeWrites(
				tx,
				[{ record, missing: row.missingBlobs, stored: row }],
				new Set(),
				row.shopperMemberId,
				null,
				new Map([[row.campaignId, campaign]]),
				now
			);
			await tx.insert(serverRevisions).values({
				evaluationId: record.id,
				version: record.version,
				memberId: session.memberId,
				at: new Date(now)
			});
			// The revision is released by the step that made it, visible from the original
			// instant, and named after the coordinator who decided.
			const visibleFrom = Math.min(releasedAt.getTime(), now);
			await writeEvent(tx, { id: record.id, campaignId: row.campaignId }, session, {
				action: 'released',
				version: record.version,
				at: now,
				visibleFrom
			});
			decision.newValue = input.newValue;
			decision.revision = record.revision;
		}
		const decided = Dispute.parse({ ...dispute, decision });
		await tx
			.update(disputes)
			.set({ body: decided, decidedAt: new Date(now) })
			.where(eq(disputes.id, disputeId));
		return { dispute: decided };
	});
}

/** The days a manager has to dispute (the coordinator's setting; see settings.ts). */
export async function setDisputeDays(
	db: Db,
	session: Session,
	campaignId: string,
	disputeDays: number
): Promise<{ disputeDays: number }> {
	return {
		disputeDays: (await setCampaignSettings(db, session, campaignId, { disputeDays })).disputeDays
	};
}
