/**
 * The stretches of a call a coordinator shares with the center for a dispute: sharing one
 * (POST /disputes/:id/clips) and hearing one (GET /disputes/:id/clips/:n, WAV cut by the team
 * server from the shared copy). A center manager hears only these.
 */
import type { Dispute } from '$lib/domain/programme/review';
import type { ShareClipRequest } from '$lib/domain/programme/center';
import { programmeRoutes } from '$lib/domain/programme/routes';
import type { AudioSource } from '$lib/recording/audio-source';
import { call, send, TeamRequestError } from '$lib/sync/http';

/** Shares a stretch of the recording for the dispute; answers the dispute with its clips. */
export async function shareClip(disputeId: string, clip: ShareClipRequest): Promise<Dispute> {
	const r = await call(programmeRoutes.shareClip, { params: { id: disputeId }, body: clip });
	return r.dispute;
}

/** Why a clip cannot be heard, from the server's refusal. */
function reasonOf(error: unknown): Extract<AudioSource, { ok: false }>['reason'] {
	if (!(error instanceof TeamRequestError)) return 'missing';
	if (error.kind === 'offline') return 'offline';
	if (error.kind === 'forbidden' || error.kind === 'signed-out') return 'not-allowed';
	// Gone: the campaign's retention period deleted the audio.
	if (error.status === 410) return 'expired';
	return 'missing';
}

/** The audio of the dispute's `n`th shared clip, fetched as a blob URL (released after use). */
export async function clipSource(disputeId: string, n: number): Promise<AudioSource> {
	try {
		const response = await send(programmeRoutes.disputeClip, {
			params: { id: disputeId, n: String(n) }
		});
		const bytes = await response.arrayBuffer();
		const url = URL.createObjectURL(new Blob([bytes], { type: 'audio/wav' }));
		return { ok: true, url, kind: 'copy', release: () => URL.revokeObjectURL(url) };
	} catch (error) {
		return { ok: false, reason: reasonOf(error) };
	}
}
