/**
 * A team campaign's programme as its coordinator plans it: the cached snapshot (scenarios, plan,
 * assignments) refreshed from the server when online, the members who can be assigned, and the
 * progress grid computed on the device from the pulled evaluations' readings and the plan, so the grid
 * reads the same offline. Writes are online requests; each is followed by a fresh snapshot.
 */
import { can } from '$lib/domain/access/permissions';
import { planProgress, type CellProgress } from '$lib/domain/programme/sampling';
import {
	doneByCell,
	spreadOf,
	type GenerateAssignments,
	type Generated,
	type HandAssignment
} from '$lib/domain/programme/planning-wire';
import {
	Scenario,
	type Assignment,
	type Plan,
	type ProgrammeSnapshot
} from '$lib/domain/programme/records';
import { programmeRoutes } from '$lib/domain/programme/routes';
import type { PlanError } from '$lib/domain/programme/sampling';
import { seoulLocalToEpoch } from '$lib/domain/record/seoul-time';
import { countsInReports } from '$lib/domain/reading/report-set';
import type { EvaluationSummary } from '$lib/domain/summary';
import type { CampaignMember } from '$lib/domain/sync/protocol';
import { syncRoutes } from '$lib/domain/sync/routes';
import { getProgramme, saveProgramme } from '$lib/storage/programme';
import { listSummaries } from '$lib/storage/summaries';
import { call, TeamRequestError } from '$lib/sync/http';

export type ProgrammeStatus = 'loading' | 'ready' | 'offline' | 'failed';

const DAY = 86_400_000;

export class CampaignProgramme {
	#status = $state<ProgrammeStatus>('loading');
	#snapshot = $state.raw<ProgrammeSnapshot | undefined>(undefined);
	#members = $state.raw<CampaignMember[]>([]);
	/** The stored readings of the device's evaluations (summary rows). */
	#readings = $state.raw<EvaluationSummary[]>([]);
	#failure = $state.raw<unknown>(undefined);

	constructor(
		readonly campaignId: string,
		readonly now: () => number = Date.now
	) {}

	get status(): ProgrammeStatus {
		return this.#status;
	}
	get snapshot(): ProgrammeSnapshot | undefined {
		return this.#snapshot;
	}
	get members(): CampaignMember[] {
		return this.#members;
	}
	get failure(): unknown {
		return this.#failure;
	}
	/** Writes need the server: false while offline or before the first answer. */
	get online(): boolean {
		return this.#status === 'ready';
	}
	get scenarios(): Scenario[] {
		return this.#snapshot?.scenarios ?? [];
	}
	get plan(): Plan | null {
		return this.#snapshot?.plan ?? null;
	}
	get assignments(): Assignment[] {
		return this.#snapshot?.assignments ?? [];
	}
	/** The members who may be given assignments (`programme.assigned`: the shoppers). */
	get shoppers(): CampaignMember[] {
		return this.#members.filter((m) => can(m.roles, 'programme.assigned'));
	}

	/** The plan's grid with done / planned per cell, or the reason it does not spread. */
	progress = $derived.by((): { cells: CellProgress[] } | { error: PlanError } | null => {
		const plan = this.plan;
		if (!plan) return null;
		const spread = spreadOf(plan);
		if (!spread.ok) return { error: spread.error };
		const period = {
			start: seoulLocalToEpoch(plan.from, '00:00'),
			end: seoulLocalToEpoch(plan.to, '00:00') + DAY
		};
		const done = doneByCell(
			this.#readings.flatMap(({ timeSlot, weekday, ...r }) =>
				timeSlot && weekday ? [{ ...r, timeSlot, weekday }] : []
			),
			this.campaignId
		);
		return { cells: planProgress(spread.cells, done, period, this.now()) };
	});

	/** The campaign, as the path parameter of its routes. */
	#params = () => ({ id: this.campaignId });

	/** Shows the cached snapshot at once, then asks the server for a fresh one and the members. */
	async load(): Promise<void> {
		const [cached, { summaries }] = await Promise.all([
			getProgramme(this.campaignId),
			listSummaries(this.now())
		]);
		this.#snapshot = cached;
		this.#readings = summaries.filter((s) => s.campaignId === this.campaignId);
		await this.refresh();
	}

	/** Fetches the snapshot and members again (after a write, or when back online). */
	async refresh(): Promise<void> {
		try {
			const [snapshot, members] = await Promise.all([
				call(programmeRoutes.programme, { params: this.#params() }),
				call(syncRoutes.members, { params: this.#params() })
			]);
			await saveProgramme(snapshot);
			this.#snapshot = snapshot;
			this.#members = members;
			this.#status = 'ready';
			this.#failure = undefined;
		} catch (error) {
			this.#failure = error;
			this.#status =
				error instanceof TeamRequestError && error.kind === 'offline' ? 'offline' : 'failed';
		}
	}

	async saveScenario(scenario: Scenario): Promise<void> {
		await call(programmeRoutes.putScenario, {
			params: { ...this.#params(), sid: scenario.id },
			body: Scenario.parse(scenario)
		});
		await this.refresh();
	}

	async archiveScenario(id: string): Promise<void> {
		await call(programmeRoutes.archiveScenario, { params: { ...this.#params(), sid: id } });
		await this.refresh();
	}

	async savePlan(plan: Plan): Promise<void> {
		await call(programmeRoutes.putPlan, { params: this.#params(), body: plan });
		await this.refresh();
	}

	async addAssignment(input: HandAssignment): Promise<void> {
		await call(programmeRoutes.addAssignment, { params: this.#params(), body: input });
		await this.refresh();
	}

	async generate(input: GenerateAssignments): Promise<Generated> {
		const result = await call(programmeRoutes.generateAssignments, {
			params: this.#params(),
			body: input
		});
		await this.refresh();
		return result;
	}

	async cancel(assignmentId: string): Promise<void> {
		await call(programmeRoutes.cancelAssignment, {
			params: { ...this.#params(), aid: assignmentId }
		});
		await this.refresh();
	}

	/** What an assignment has come to: waiting, in progress (a draft), done, or cancelled. */
	stateOf(a: Assignment): 'open' | 'started' | 'done' | 'cancelled' {
		if (a.status === 'cancelled') return 'cancelled';
		if (!a.evaluationId) return 'open';
		const r = this.#readings.find((x) => x.id === a.evaluationId);
		return r && countsInReports(r.status) ? 'done' : 'started';
	}
}
