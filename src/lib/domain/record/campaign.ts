/** A campaign: one contact center evaluated under one scoring template. */
import { z } from '../base/zod';
import { CURRENT_SCHEMA_VERSION, epochMs, LIMITS, heldName, uuid } from './common';
import { ScoringTemplate } from './template';

export const CenterChannel = z.object({
	kind: z.enum(['chat', 'sns', 'sms', 'app', 'video', 'other']),
	name: heldName.min(1),
	address: z.string().max(LIMITS.url).optional()
});
export type CenterChannel = z.infer<typeof CenterChannel>;

export const Center = z.object({
	name: heldName.min(1),
	phoneNumbers: z.array(z.string().min(1).max(40)).max(LIMITS.phoneNumbers),
	email: z.string().max(254).optional(),
	web: z.string().max(LIMITS.url).optional(),
	channels: z.array(CenterChannel).max(LIMITS.channels)
});
export type Center = z.infer<typeof Center>;

export const Campaign = z.object({
	schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
	id: uuid,
	center: Center,
	/** The e-mail answer time the center publishes (A1-05); absent = unknown, never assumed. */
	emailAnswerStandardHours: z
		.number()
		.positive()
		.max(24 * 90)
		.optional(),
	template: ScoringTemplate,
	createdAt: epochMs,
	updatedAt: epochMs
});
export type Campaign = z.infer<typeof Campaign>;
