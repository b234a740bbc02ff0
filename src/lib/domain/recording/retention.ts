/**
 * How long a call recording's audio is kept: a campaign's retention period, counted from the
 * evaluation's release to the center. After it, the team server and every phone delete the
 * audio; the record keeps the copy's hash, the muted ranges, the moments and the IVR events
 * measured from it. One rule, read by the server's housekeeping and the phone's sync.
 */
const DAY = 86_400_000;

/** The retention period a campaign starts with (days after release). */
export const DEFAULT_RECORDING_RETENTION_DAYS = 90;
/** The bounds a coordinator may set. */
export const MIN_RECORDING_RETENTION_DAYS = 1;
export const MAX_RECORDING_RETENTION_DAYS = 3650;

/** The instant the audio of a released evaluation is deleted (none while it is unreleased). */
export function audioExpiresAt(
	releasedAt: number | undefined,
	retentionDays: number = DEFAULT_RECORDING_RETENTION_DAYS
): number | undefined {
	return releasedAt === undefined ? undefined : releasedAt + retentionDays * DAY;
}

/** True once the audio of an evaluation released at `releasedAt` must be gone. */
export function audioExpired(
	releasedAt: number | undefined,
	retentionDays: number,
	now: number
): boolean {
	const at = audioExpiresAt(releasedAt, retentionDays);
	return at !== undefined && now >= at;
}
