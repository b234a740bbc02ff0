ALTER TABLE "evaluations" ADD COLUMN "time_slot" text;--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "weekday" text;