/**
 * The shopper's assignments on this phone: the cached programme snapshots (written by sync),
 * joined with the evaluations started from them. Reads only IndexedDB, so it works offline;
 * also finds the scenario of a running evaluation for the run screens.
 */
import { getContext, setContext } from 'svelte';
import {
	myAssignments,
	scenarioOf,
	type EvaluationLink,
	type MyAssignment
} from '$lib/domain/programme/my-assignments';
import type { Scenario } from '$lib/domain/programme/records';
import { listCampaignNames } from '$lib/storage/campaign-names';
import { listEvaluations } from '$lib/storage/evaluations';
import { getProgramme, listProgrammes } from '$lib/storage/programme';
import { getTeamLink } from '$lib/storage/team';
import { messageOf } from './message-of';
import { settings } from './settings.svelte';

export class MyAssignmentList {
	#rows = $state.raw<MyAssignment[] | null>(null);
	#fetchedAt = $state<number | null>(null);
	#error = $state('');
	#generation = 0;

	/** Every assignment of this member, by window; null until the first read. */
	get rows(): MyAssignment[] | null {
		return this.#rows;
	}
	get open(): MyAssignment[] {
		return (this.#rows ?? []).filter((r) => r.status === 'open');
	}
	get started(): MyAssignment[] {
		return (this.#rows ?? []).filter((r) => r.status === 'started');
	}
	get done(): MyAssignment[] {
		return (this.#rows ?? []).filter((r) => r.status === 'done');
	}
	/** When the oldest snapshot shown was fetched (null: none cached). */
	get fetchedAt(): number | null {
		return this.#fetchedAt;
	}
	get error(): string {
		return this.#error;
	}

	/** One assignment by id (after `load`). */
	find(id: string): MyAssignment | undefined {
		return this.#rows?.find((r) => r.assignment.id === id);
	}

	/** Reads the cache and the local evaluations; a failure is kept as words in `error`. */
	async load(now = Date.now()): Promise<void> {
		const generation = ++this.#generation;
		try {
			const link = await getTeamLink();
			const snapshots = link ? await listProgrammes() : [];
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local lookup, not state
			const names = new Map((await listCampaignNames()).map((c) => [c.id, c.name]));
			const links: EvaluationLink[] = [];
			for (const s of snapshots) {
				for (const e of await listEvaluations(s.campaignId)) {
					links.push({
						id: e.id,
						...(e.assignmentId ? { assignmentId: e.assignmentId } : {}),
						status: e.status,
						updatedAt: e.updatedAt
					});
				}
			}
			if (generation !== this.#generation) return;
			this.#rows = link ? myAssignments(snapshots, links, link.memberId, names, now) : [];
			this.#fetchedAt =
				snapshots.length > 0 ? Math.min(...snapshots.map((s) => s.fetchedAt)) : null;
			this.#error = '';
		} catch (error) {
			if (generation === this.#generation) {
				this.#rows ??= [];
				this.#error = messageOf(error, settings);
			}
		}
	}
}

/** The scenario a running evaluation follows, from its campaign's cached snapshot. */
export class RunScenario {
	#scenario = $state.raw<Scenario | undefined>(undefined);

	get scenario(): Scenario | undefined {
		return this.#scenario;
	}

	/** Looks it up; without a scenario id, a snapshot or on a read failure there is none. */
	async load(campaignId: string, scenarioId: string | undefined): Promise<void> {
		if (!scenarioId) {
			this.#scenario = undefined;
			return;
		}
		try {
			this.#scenario = scenarioOf(await getProgramme(campaignId), scenarioId);
		} catch {
			// The script is a help, not the record: the run goes on without it.
			this.#scenario = undefined;
		}
	}
}

const KEY = Symbol('run-scenario');

export function setRunScenarioContext(value: RunScenario): RunScenario {
	return setContext(KEY, value);
}

/** The run's scenario, or undefined outside a run (a stage rendered alone). */
export function getRunScenarioContext(): RunScenario | undefined {
	return getContext<RunScenario | undefined>(KEY);
}
