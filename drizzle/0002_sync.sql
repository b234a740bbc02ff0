CREATE TABLE "evaluation_answers" (
	"evaluation_id" text NOT NULL,
	"check_id" text NOT NULL,
	"code" smallint NOT NULL,
	CONSTRAINT "evaluation_answers_evaluation_id_check_id_pk" PRIMARY KEY("evaluation_id","check_id")
);
--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "status" text;--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "score" numeric(6, 1);--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "verdict" text;--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "counts_in_reports" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "occurred_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evaluations" ADD COLUMN "recheck_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evaluation_answers" ADD CONSTRAINT "evaluation_answers_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_answers_check_idx" ON "evaluation_answers" USING btree ("check_id");--> statement-breakpoint
CREATE INDEX "evaluations_recheck_idx" ON "evaluations" USING btree ("recheck_at");