DROP TABLE "evaluation_answers" CASCADE;--> statement-breakpoint
-- Per-check codes are now derived from the record bodies: every campaign's tallies are built
-- afresh from them before its next report.
UPDATE "campaigns" SET "tallied" = false;
