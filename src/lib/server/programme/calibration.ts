// Calibration sessions: a coordinator names contacts and raters; each rater scores every
// contact blind on the agent sheet; once the coordinator closes the session, everybody in it
// reads the agreement figures and each other's answers. Blind means: until the close, no
// answer of one rater ever leaves the server to anyone else (the coordinator included), only
// how many contacts each has rated.
import { and, asc, count, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import { can, rolesThatCan } from '$lib/domain/access/permissions';
import { catalog } from '$lib/domain/catalog';
import { calibrationFigures } from '$lib/domain/programme/calibration';
import {
	CalibrationAnswers,
	CalibrationContact,
	type CalibrationResults,
	type CalibrationSession,
	type CalibrationSessionList,
	type CalibrationView,
	type NewCalibrationSession
} from '$lib/domain/programme/calibration-wire';
import { parseCampaign } from '$lib/domain/record';
import { defaultTemplate, type ScoringTemplate } from '$lib/domain/record/template';
import { buildPlan } from '$lib/domain/scoring/plan';
import type { Session } from '../auth/session';
import { requireAction, rolesIn } from '../auth/access';
import type { Db } from '../db';
import {
	calibrationRaters,
	calibrationRatings,
	calibrationSessions,
	campaignMembers,
	campaigns,
	members
} from '../db/schema';
import { ApiError, forbidden, invalid, notFound } from '../http/errors';

/** The agent sheet's checks, in sheet order: what a calibration session rates. */
export const AGENT_CHECK_IDS: readonly string[] = catalog.agentSheet.stages.flatMap((s) =>
	s.checks.map((c) => c.id)
);
const AGENT_CHECKS = new Set(AGENT_CHECK_IDS);

type SessionRow = typeof calibrationSessions.$inferSelect;

interface CampaignFacts {
	name: string;
	template: ScoringTemplate;
}

async function campaignFacts(db: Db, ids: readonly string[]): Promise<Map<string, CampaignFacts>> {
	if (ids.length === 0) return new Map();
	const rows = await db.orm
		.select({ id: campaigns.id, body: campaigns.body })
		.from(campaigns)
		.where(inArray(campaigns.id, [...new Set(ids)]));
	return new Map(
		rows.map((r) => {
			const parsed = parseCampaign(r.body);
			// A campaign no device could read still has its sessions: scored by the default rules.
			return [
				r.id,
				parsed.ok
					? { name: parsed.value.center.name, template: parsed.value.template }
					: { name: '', template: defaultTemplate() }
			];
		})
	);
}

/** One session as the caller sees it. */
async function describeOne(db: Db, session: Session, row: SessionRow): Promise<CalibrationSession> {
	return (await describe(db, session, [row]))[0]!;
}

/** Sessions as the caller sees them (never anybody's answers). */
async function describe(
	db: Db,
	session: Session,
	rows: readonly SessionRow[]
): Promise<CalibrationSession[]> {
	if (rows.length === 0) return [];
	const ids = rows.map((r) => r.id);
	const [raters, rated, facts, creators, coordinating] = await Promise.all([
		db.orm
			.select({
				sessionId: calibrationRaters.sessionId,
				id: members.id,
				name: members.displayName
			})
			.from(calibrationRaters)
			.innerJoin(members, eq(members.id, calibrationRaters.memberId))
			.where(inArray(calibrationRaters.sessionId, ids))
			.orderBy(asc(members.displayName), asc(members.id)),
		db.orm
			.select({
				sessionId: calibrationRatings.sessionId,
				raterId: calibrationRatings.raterId,
				n: count()
			})
			.from(calibrationRatings)
			.where(inArray(calibrationRatings.sessionId, ids))
			.groupBy(calibrationRatings.sessionId, calibrationRatings.raterId),
		campaignFacts(
			db,
			rows.map((r) => r.campaignId)
		),
		db.orm
			.select({ id: members.id, name: members.displayName })
			.from(members)
			.where(inArray(members.id, [...new Set(rows.map((r) => r.createdBy))])),
		managedCampaigns(db, session.memberId)
	]);
	const ratedCount = new Map(rated.map((r) => [`${r.sessionId}\u0000${r.raterId}`, Number(r.n)]));
	const creatorName = new Map(creators.map((c) => [c.id, c.name]));
	const coordinates = new Set(coordinating.map((c) => c.id));
	return rows.map((row) => {
		const own = raters.filter((r) => r.sessionId === row.id);
		const campaign = facts.get(row.campaignId);
		return {
			id: row.id,
			campaignId: row.campaignId,
			campaignName: campaign?.name ?? '',
			title: row.title,
			contacts: CalibrationContact.array().parse(row.contacts),
			raters: own.map((r) => ({
				id: r.id,
				name: r.name,
				ratedContacts: ratedCount.get(`${row.id}\u0000${r.id}`) ?? 0
			})),
			allowPartial: (campaign?.template ?? defaultTemplate()).allowPartial,
			createdBy: creatorName.get(row.createdBy) ?? '',
			createdAt: row.createdAt.getTime(),
			closedAt: row.closedAt?.getTime() ?? null,
			canClose: coordinates.has(row.campaignId),
			isRater: own.some((r) => r.id === session.memberId)
		};
	});
}

async function sessionRow(db: Db, id: string): Promise<SessionRow> {
	const rows = await db.orm
		.select()
		.from(calibrationSessions)
		.where(eq(calibrationSessions.id, id))
		.limit(1);
	if (!rows[0]) throw notFound('No such calibration session.');
	return rows[0];
}

async function isRater(db: Db, sessionId: string, memberId: string): Promise<boolean> {
	const rows = await db.orm
		.select({ id: calibrationRaters.memberId })
		.from(calibrationRaters)
		.where(
			and(eq(calibrationRaters.sessionId, sessionId), eq(calibrationRaters.memberId, memberId))
		)
		.limit(1);
	return rows.length > 0;
}

/** The campaigns where the member may open and close sessions (`calibration.manage`). */
function managedCampaigns(db: Db, memberId: string) {
	return db.orm
		.select({ id: campaignMembers.campaignId })
		.from(campaignMembers)
		.where(
			and(
				eq(campaignMembers.memberId, memberId),
				inArray(campaignMembers.role, rolesThatCan('calibration.manage'))
			)
		);
}

/** The session, for its raters and those who manage its campaign's sessions (403 for anyone else). */
async function readable(db: Db, session: Session, id: string): Promise<SessionRow> {
	const row = await sessionRow(db, id);
	const roles = await rolesIn(db, session.memberId, row.campaignId);
	if (can(roles, 'calibration.manage') || (await isRater(db, id, session.memberId))) return row;
	throw forbidden('Only the raters and the coordinators of this session may open it.');
}

/** GET /calibration: the sessions of the caller's campaigns (as coordinator) or rated by them. */
export async function listCalibrationSessions(
	db: Db,
	session: Session
): Promise<CalibrationSessionList> {
	const coordinated = managedCampaigns(db, session.memberId);
	const invited = db.orm
		.select({ id: calibrationRaters.sessionId })
		.from(calibrationRaters)
		.where(eq(calibrationRaters.memberId, session.memberId));
	const rows = await db.orm
		.select()
		.from(calibrationSessions)
		.where(
			or(
				inArray(calibrationSessions.campaignId, coordinated),
				inArray(calibrationSessions.id, invited)
			)
		)
		.orderBy(desc(calibrationSessions.createdAt), asc(calibrationSessions.id))
		.limit(200);
	return { sessions: await describe(db, session, rows) };
}

/** POST /calibration: a coordinator of the campaign opens a session with its raters. */
export async function createCalibrationSession(
	db: Db,
	session: Session,
	input: NewCalibrationSession,
	now = Date.now()
): Promise<CalibrationSession> {
	await requireAction(db, session.memberId, input.campaignId, 'calibration.manage');
	const eligible = await db.orm
		.select({ id: campaignMembers.memberId })
		.from(campaignMembers)
		.where(
			and(
				eq(campaignMembers.campaignId, input.campaignId),
				inArray(campaignMembers.memberId, input.raterIds),
				inArray(campaignMembers.role, rolesThatCan('calibration.rate'))
			)
		);
	const ok = new Set(eligible.map((e) => e.id));
	const outsider = input.raterIds.find((id) => !ok.has(id));
	if (outsider !== undefined) {
		throw invalid(
			`raterIds: ${outsider} is not a shopper or coordinator of the campaign; only they can rate.`
		);
	}
	const id = crypto.randomUUID();
	const contacts: CalibrationContact[] = input.contacts.map((c, i) => ({
		id: `c${String(i + 1)}`,
		description: c.description
	}));
	await db.orm.transaction(async (tx) => {
		await tx.insert(calibrationSessions).values({
			id,
			campaignId: input.campaignId,
			title: input.title,
			contacts,
			createdBy: session.memberId,
			createdAt: new Date(now)
		});
		await tx
			.insert(calibrationRaters)
			.values(input.raterIds.map((memberId) => ({ sessionId: id, memberId })));
	});
	return describeOne(db, session, await sessionRow(db, id));
}

/** GET /calibration/:id: the session and the caller's own answers, and nobody else's. */
export async function calibrationView(
	db: Db,
	session: Session,
	id: string
): Promise<CalibrationView> {
	const row = await readable(db, session, id);
	const described = await describeOne(db, session, row);
	const mine = await db.orm
		.select()
		.from(calibrationRatings)
		.where(
			and(eq(calibrationRatings.sessionId, id), eq(calibrationRatings.raterId, session.memberId))
		)
		.orderBy(asc(calibrationRatings.contactId));
	return {
		session: described,
		mine: mine.map((r) => ({
			contactId: r.contactId,
			answers: CalibrationAnswers.parse(r.answers),
			submittedAt: r.submittedAt.getTime()
		}))
	};
}

/**
 * PUT /calibration/:id/ratings/:contactId: an invited rater stores (or replaces) their answers
 * to one contact while the session is open.
 */
export async function putCalibrationRating(
	db: Db,
	session: Session,
	id: string,
	contactId: string,
	answers: CalibrationAnswers,
	now = Date.now()
): Promise<{ contactId: string; submittedAt: number }> {
	const row = await sessionRow(db, id);
	const roles = await rolesIn(db, session.memberId, row.campaignId);
	if (!can(roles, 'calibration.rate') || !(await isRater(db, id, session.memberId))) {
		throw forbidden('Only the raters invited to this session may rate it.');
	}
	if (row.closedAt) {
		throw new ApiError(409, 'closed', 'The session is closed; answers can no longer change.');
	}
	const contacts = CalibrationContact.array().parse(row.contacts);
	if (!contacts.some((c) => c.id === contactId)) throw notFound('No such contact in the session.');
	const foreign = Object.keys(answers).find((check) => !AGENT_CHECKS.has(check));
	if (foreign !== undefined) invalidAnswer(`${foreign} is not a check of the agent sheet`);
	const [facts] = (await campaignFacts(db, [row.campaignId])).values();
	if (facts && !facts.template.allowPartial) {
		const partial = Object.entries(answers).find(([, v]) => v === 'partial');
		if (partial) invalidAnswer(`${partial[0]}: the campaign's template does not allow partial`);
	}
	const at = new Date(now);
	// Only while open: a close between the check above and this write leaves the answers alone.
	const written = await db.orm.transaction(async (tx) => {
		const open = await tx
			.select({ id: calibrationSessions.id })
			.from(calibrationSessions)
			.where(and(eq(calibrationSessions.id, id), isNull(calibrationSessions.closedAt)))
			.for('update');
		if (open.length === 0) return false;
		await tx
			.insert(calibrationRatings)
			.values({ sessionId: id, contactId, raterId: session.memberId, answers, submittedAt: at })
			.onConflictDoUpdate({
				target: [
					calibrationRatings.sessionId,
					calibrationRatings.contactId,
					calibrationRatings.raterId
				],
				set: { answers, submittedAt: at }
			});
		return true;
	});
	if (!written) {
		throw new ApiError(409, 'closed', 'The session is closed; answers can no longer change.');
	}
	return { contactId, submittedAt: now };
}

function invalidAnswer(message: string): never {
	throw invalid(`answers: ${message}`);
}

/** POST /calibration/:id/close: a coordinator of the campaign closes the session (once). */
export async function closeCalibrationSession(
	db: Db,
	session: Session,
	id: string,
	now = Date.now()
): Promise<CalibrationSession> {
	const row = await sessionRow(db, id);
	await requireAction(db, session.memberId, row.campaignId, 'calibration.manage');
	if (!row.closedAt) {
		await db.orm
			.update(calibrationSessions)
			.set({ closedAt: new Date(now), closedBy: session.memberId })
			.where(and(eq(calibrationSessions.id, id), isNull(calibrationSessions.closedAt)));
	}
	return describeOne(db, session, await sessionRow(db, id));
}

/** GET /calibration/:id/results: the figures and everybody's answers, once the session is closed. */
export async function calibrationResults(
	db: Db,
	session: Session,
	id: string
): Promise<CalibrationResults> {
	const row = await readable(db, session, id);
	if (!row.closedAt) {
		throw new ApiError(
			409,
			'open',
			'The results are shown once the coordinator closes the session: until then nobody sees the others’ answers.'
		);
	}
	const s = await describeOne(db, session, row);
	const ratings = await db.orm
		.select()
		.from(calibrationRatings)
		.where(eq(calibrationRatings.sessionId, id));
	const [facts] = (await campaignFacts(db, [row.campaignId])).values();
	const inputs = ratings.map((r) => ({
		raterId: r.raterId,
		contactId: r.contactId,
		answers: CalibrationAnswers.parse(r.answers)
	}));
	const figures = calibrationFigures({
		checkIds: AGENT_CHECK_IDS,
		contactIds: s.contacts.map((c) => c.id),
		raterIds: s.raters.map((r) => r.id),
		ratings: inputs,
		plan: buildPlan(catalog, facts?.template ?? defaultTemplate())
	});
	const names = new Map(s.raters.map((r) => [r.id, r.name]));
	const answers: CalibrationResults['answers'] = {};
	for (const r of inputs) (answers[r.raterId] ??= {})[r.contactId] = r.answers;
	return {
		session: s,
		overall: figures.overall,
		checks: figures.checks,
		raters: figures.raters.map((r) => ({ ...r, name: names.get(r.raterId) ?? '' })),
		contacts: figures.contacts,
		answers
	};
}
