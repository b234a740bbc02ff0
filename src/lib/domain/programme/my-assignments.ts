/**
 * The shopper's own assignments as the phone shows them: which are waiting, started or done
 * (from the evaluations started from each), whether a moment falls inside an assignment's date
 * window and time slot (Asia/Seoul), and the order of the list. Pure: the phone reads the
 * cached programme snapshots and its own evaluations and hands them here.
 */
import type { EvaluationStatus, TimeSlot } from '../record/evaluation';
import { SEOUL_OFFSET_MS, timeSlotOf } from '../record/seoul-time';
import { timeSlots } from '../record/evaluation';
import type { Assignment, ProgrammeSnapshot, Scenario } from './records';

/** 대기 (nothing started), 진행 중 (a draft), 완료 (finalized, or awaiting a follow-up). */
export type MyAssignmentStatus = 'open' | 'started' | 'done';

/** Where a date falls against an assignment's window: early, inside, last day or passed. */
export type WindowMark = 'before' | 'within' | 'due-soon' | 'overdue';

/** What the phone knows of a local evaluation for linking it to its assignment. */
export interface EvaluationLink {
	id: string;
	assignmentId?: string;
	status: EvaluationStatus;
	updatedAt: number;
}

export interface MyAssignment {
	assignment: Assignment;
	/** The center's name from the phone's campaign list (absent: campaign not on this phone). */
	centerName?: string;
	scenario?: Scenario;
	status: MyAssignmentStatus;
	/** The evaluation started from it: the local one, else the one the server knows. */
	evaluationId?: string;
	mark: WindowMark;
}

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of the Seoul calendar day containing `ms`. */
export function seoulDateOf(ms: number): string {
	return new Date(ms + SEOUL_OFFSET_MS).toISOString().slice(0, 10);
}

/** Where `now` falls against the window: `due-soon` on its last day or the day before. */
export function windowMark(
	a: Pick<Assignment, 'windowFrom' | 'windowTo'>,
	now: number
): WindowMark {
	const today = seoulDateOf(now);
	if (today < a.windowFrom) return 'before';
	if (today > a.windowTo) return 'overdue';
	return seoulDateOf(now + DAY_MS) >= a.windowTo ? 'due-soon' : 'within';
}

/** Whether a contact at `now` keeps to the assignment: inside its date window, in its slot. */
export function fitsAssignment(
	a: Pick<Assignment, 'windowFrom' | 'windowTo' | 'timeSlot'>,
	now: number
): { inWindow: boolean; inSlot: boolean; slot: TimeSlot; today: string } {
	const today = seoulDateOf(now);
	const slot = timeSlotOf(now);
	return {
		inWindow: today >= a.windowFrom && today <= a.windowTo,
		inSlot: slot === a.timeSlot,
		slot,
		today
	};
}

/** The status of an assignment from the evaluations started from it (newest counts). */
export function assignmentStatus(
	a: Pick<Assignment, 'id' | 'evaluationId'>,
	evaluations: readonly EvaluationLink[]
): { status: MyAssignmentStatus; evaluationId?: string } {
	const mine = evaluations
		.filter((e) => e.assignmentId === a.id)
		.sort((x, y) => y.updatedAt - x.updatedAt);
	if (mine.some((e) => e.status !== 'draft')) {
		const done = mine.find((e) => e.status !== 'draft')!;
		return { status: 'done', evaluationId: done.id };
	}
	if (mine[0]) return { status: 'started', evaluationId: mine[0].id };
	// Started on another device and not yet pulled here: the server has seen it.
	if (a.evaluationId) return { status: 'started', evaluationId: a.evaluationId };
	return { status: 'open' };
}

/** By window (the one ending first first), then its start, slot of the day and id. */
export function compareAssignments(a: Assignment, b: Assignment): number {
	return (
		a.windowTo.localeCompare(b.windowTo) ||
		a.windowFrom.localeCompare(b.windowFrom) ||
		timeSlots.indexOf(a.timeSlot) - timeSlots.indexOf(b.timeSlot) ||
		a.id.localeCompare(b.id)
	);
}

/**
 * The member's assignments across the cached snapshots, ordered by window. A coordinator's
 * snapshot holds everyone's, so only `memberId`'s are kept; cancelled ones show only when an
 * evaluation was already started from them.
 */
export function myAssignments(
	snapshots: readonly ProgrammeSnapshot[],
	evaluations: readonly EvaluationLink[],
	memberId: string,
	centerNames: ReadonlyMap<string, string>,
	now: number
): MyAssignment[] {
	const rows: MyAssignment[] = [];
	for (const snapshot of snapshots) {
		const scenarios = new Map(snapshot.scenarios.map((s) => [s.id, s]));
		for (const a of snapshot.assignments) {
			if (a.shopperId !== memberId) continue;
			const { status, evaluationId } = assignmentStatus(a, evaluations);
			if (a.status === 'cancelled' && status === 'open') continue;
			const scenario = a.scenarioId ? scenarios.get(a.scenarioId) : undefined;
			const centerName = centerNames.get(a.campaignId);
			rows.push({
				assignment: a,
				...(centerName === undefined ? {} : { centerName }),
				...(scenario ? { scenario } : {}),
				status,
				...(evaluationId ? { evaluationId } : {}),
				mark: windowMark(a, now)
			});
		}
	}
	return rows.sort((x, y) => compareAssignments(x.assignment, y.assignment));
}

/** The scenario of an evaluation from the cached snapshot of its campaign, if any. */
export function scenarioOf(
	snapshot: ProgrammeSnapshot | undefined,
	scenarioId: string | undefined
): Scenario | undefined {
	if (!snapshot || !scenarioId) return undefined;
	return snapshot.scenarios.find((s) => s.id === scenarioId);
}
