// What happens to the app's database connection, told to whoever listens (the layout's notice):
// kept apart from the database module so the first screen listens without loading it.

export type DatabaseEvent =
	| { type: 'blocked' } // we wait for an older tab to close
	| { type: 'unblocked' }
	| { type: 'waiting' } // the open has not been answered for a while (retried meanwhile)
	| { type: 'opened' } // the connection is open (after `waiting` or `blocked`)
	| { type: 'versionchange' } // a newer tab wants to upgrade: this tab closed its connection
	| { type: 'terminated' }; // the browser closed the connection abnormally

const listeners = new Set<(event: DatabaseEvent) => void>();

/** Subscribes to connection events; returns the unsubscribe function. */
export function onDatabaseEvent(listener: (event: DatabaseEvent) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** Tells every listener (the database module reports its connection here). */
export function emit(event: DatabaseEvent) {
	for (const l of listeners) l(event);
}
