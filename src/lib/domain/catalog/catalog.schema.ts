/**
 * A zod schema of the whole catalog. The data is typed already; the schema adds what types
 * cannot say (id patterns, non-empty texts, metMeans exactly on negative checks) and is run
 * by the tests.
 */
import { z } from '../base/zod';

const text = z.string().trim().min(1);
const clause = z.string().regex(/^\d+(\.\d+)*$/);

export const bilingualSchema = z.strictObject({ ko: text, en: text });

export const checkSchema = z
	.strictObject({
		id: z.string().regex(/^([ABC]\d-\d{2}|S\d{2}-\d)$/),
		no: z.number().int().min(1),
		text: bilingualSchema,
		clauses: z.array(clause).min(1),
		assessor: z.enum(['shopper', 'auditor', 'both']),
		assessorReason: text,
		evidence: z.array(z.enum(['observation', 'timing', 'follow-up', 'document'])).min(1),
		polarity: z.enum(['positive', 'negative']),
		metMeans: bilingualSchema.optional()
	})
	.refine((check) => (check.polarity === 'negative') === (check.metMeans !== undefined), {
		message: 'metMeans is required on negative checks and only there'
	});

export const checklistGroupSchema = z
	.strictObject({
		id: z.string().regex(/^[ABC]\d$/),
		no: z.number().int().min(1),
		title: bilingualSchema,
		checks: z.array(checkSchema),
		refersTo: z.strictObject({ sheet: z.literal('agent'), note: bilingualSchema }).optional()
	})
	.refine((group) => group.checks.length > 0 || group.refersTo !== undefined, {
		message: 'a group without checks must refer to another sheet'
	});

export const checklistSectionSchema = z.strictObject({
	id: z.enum(['A', 'B', 'C']),
	label: z.enum(['가', '나', '다']),
	title: bilingualSchema,
	groups: z.array(checklistGroupSchema).min(1)
});

export const agentSheetSchema = z.strictObject({
	title: bilingualSchema,
	categories: z
		.array(
			z.strictObject({
				id: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
				title: bilingualSchema,
				stageIds: z.array(z.string().regex(/^S\d{2}$/)).min(1)
			})
		)
		.min(1),
	stages: z
		.array(
			z.strictObject({
				id: z.string().regex(/^S\d{2}$/),
				order: z.number().int().min(1),
				printedNo: z.number().int().min(1),
				categoryId: text,
				title: bilingualSchema,
				checks: z.array(checkSchema).min(1)
			})
		)
		.min(1),
	footer: z.array(
		z.strictObject({
			id: z.enum(['totalScore', 'overallOpinion', 'consultedAt', 'agent']),
			label: bilingualSchema,
			parts: z.array(z.strictObject({ id: text, label: bilingualSchema })).optional()
		})
	)
});

export const serviceAuditItemSchema = z.strictObject({
	id: z.string().regex(/^SV[1-3](-(ga|na|da|ra|ma))?$/),
	label: text,
	section: z.enum(['pre', 'in', 'post']),
	title: bilingualSchema,
	criterion: bilingualSchema,
	clauses: z.array(clause).min(1),
	evidenceCheckIds: z.array(text).min(1),
	evidenceReason: text
});

export const siteAuditAreaSchema = z.strictObject({
	id: z.enum(['GA', 'NA', 'DA', 'RA', 'MA']),
	label: z.enum(['가', '나', '다', '라', '마']),
	title: bilingualSchema,
	items: z
		.array(
			z.strictObject({
				id: z.string().regex(/^(GA|NA|DA|RA|MA)-\d$/),
				label: z.string().regex(/^\d\)$/),
				title: bilingualSchema,
				criteria: z
					.array(
						z.strictObject({
							label: z.string().regex(/^([가-힣]\))?$/),
							text: bilingualSchema
						})
					)
					.min(1),
				clauses: z.array(clause)
			})
		)
		.min(1)
});

export const displaySchema = z.strictObject({
	places: z.array(bilingualSchema).min(1),
	methods: z.array(bilingualSchema).min(1),
	contents: z.array(bilingualSchema).min(1),
	classification: z.strictObject({
		standardNo: text,
		standardName: bilingualSchema,
		grade: text
	})
});

export const catalogSchema = z.strictObject({
	version: z.strictObject({
		standard: z.literal('KS S 1006'),
		standardName: bilingualSchema,
		criteriaDate: z.literal('2025-08-22'),
		revision: z.number().int().min(1)
	}),
	checklist: z.array(checklistSectionSchema).length(3),
	agentSheet: agentSheetSchema,
	serviceAudit: z.array(serviceAuditItemSchema).min(1),
	siteAudit: z.array(siteAuditAreaSchema).length(5),
	display: displaySchema
});
