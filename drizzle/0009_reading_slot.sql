ALTER TABLE "evaluations" ADD COLUMN "time_slot" text;--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "weekday" text;--> statement-breakpoint
-- Readings written before they held a slot and weekday are due at once: the next reader of the
-- campaign's readings reads them again with the domain's code (see refreshDueReadings).
UPDATE "evaluations" SET "recheck_at" = '1970-01-01T00:00:00Z' WHERE "deleted" = false;
