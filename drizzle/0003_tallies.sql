CREATE TABLE "campaign_check_counts" (
	"campaign_id" text NOT NULL,
	"check_id" text NOT NULL,
	"code" smallint NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "campaign_check_counts_campaign_id_check_id_code_pk" PRIMARY KEY("campaign_id","check_id","code")
);
--> statement-breakpoint
CREATE TABLE "campaign_tallies" (
	"campaign_id" text NOT NULL,
	"status" text NOT NULL,
	"reported" boolean NOT NULL,
	"verdict" text NOT NULL,
	"n" integer NOT NULL,
	"scored" integer NOT NULL,
	"score_sum" numeric(14, 1) NOT NULL,
	CONSTRAINT "campaign_tallies_campaign_id_status_reported_verdict_pk" PRIMARY KEY("campaign_id","status","reported","verdict")
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD COLUMN "tallied" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "campaign_check_counts" ADD CONSTRAINT "campaign_check_counts_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_tallies" ADD CONSTRAINT "campaign_tallies_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;