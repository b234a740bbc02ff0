import { onDatabaseEvent, type DatabaseEvent } from '$lib/storage/db';

/** What other tabs are doing to the database, as the user needs to know it. */
export class DatabaseStatus {
	#state = $state<'ok' | 'blocked' | 'replaced'>('ok');

	/** 'blocked': an older tab must close first; 'replaced': a newer version took over. */
	get state(): 'ok' | 'blocked' | 'replaced' {
		return this.#state;
	}

	/** Starts listening; returns the stop function. */
	listen(): () => void {
		return onDatabaseEvent((event: DatabaseEvent) => {
			if (event.type === 'blocked') this.#state = 'blocked';
			else if (event.type === 'unblocked') this.#state = 'ok';
			else if (event.type === 'versionchange') this.#state = 'replaced';
		});
	}
}

export const databaseStatus = new DatabaseStatus();
