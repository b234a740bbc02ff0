import { onDatabaseEvent, type DatabaseEvent } from '$lib/storage/db-events';

/**
 * 'waiting': opening the database takes long (still trying); 'blocked': an older tab must
 * close first; 'replaced': a newer version took over.
 */
export type DatabaseState = 'ok' | 'waiting' | 'blocked' | 'replaced';

/** What other tabs are doing to the database, as the user needs to know it. */
export class DatabaseStatus {
	#state = $state<DatabaseState>('ok');

	get state(): DatabaseState {
		return this.#state;
	}

	/** Starts listening; returns the stop function. */
	listen(): () => void {
		return onDatabaseEvent((event: DatabaseEvent) => {
			this.#state = next(this.#state, event);
		});
	}
}

function next(state: DatabaseState, event: DatabaseEvent): DatabaseState {
	if (state === 'replaced') return state;
	switch (event.type) {
		case 'versionchange':
			return 'replaced';
		case 'blocked':
			return 'blocked';
		// Being blocked says more than waiting: the person knows which tab to close.
		case 'waiting':
			return state === 'ok' ? 'waiting' : state;
		case 'unblocked':
		case 'opened':
			return 'ok';
		default:
			return state;
	}
}

export const databaseStatus = new DatabaseStatus();
