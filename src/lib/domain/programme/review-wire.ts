/**
 * The wire of review and release (shared by the routes, the services and the phone):
 * POST /evaluations/:id/review and POST /evaluations/:id/release, and what both answer.
 */
import { z } from '../base/zod';
import { epochMs } from '../record/common';
import { ReturnComment, ReviewEvent } from './review';

/** How far ahead a release may be set (a year and a day). */
export const MAX_RELEASE_AHEAD_MS = 366 * 86_400_000;

/** POST /evaluations/:id/review: approve the version, or send it back with comments. */
export const ReviewRequest = z
	.object({
		action: z.enum(['approve', 'return']),
		/** The version the coordinator read (a newer one on the server answers 409). */
		version: z.number().int().min(1),
		comments: z.array(ReturnComment).max(200).optional()
	})
	.refine((r) => r.action !== 'return' || (r.comments?.length ?? 0) > 0, {
		path: ['comments'],
		message: 'a return needs at least one comment'
	});
export type ReviewRequest = z.infer<typeof ReviewRequest>;

/** POST /evaluations/:id/release: release the approved version, now or from `visibleFrom`. */
export const ReleaseReviewed = z.object({
	version: z.number().int().min(1),
	visibleFrom: epochMs.optional()
});
export type ReleaseReviewed = z.infer<typeof ReleaseReviewed>;

/** Both answer the evaluation's review events after the step (oldest first). */
export const ReviewAnswer = z.object({
	id: z.string(),
	version: z.number().int(),
	events: z.array(ReviewEvent),
	/** A release: when the manager may see it, and the record's new cursor position. */
	releasedAt: z.number().int().optional(),
	seq: z.number().int().optional()
});
export type ReviewAnswer = z.infer<typeof ReviewAnswer>;
