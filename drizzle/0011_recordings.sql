CREATE TABLE "blob_upload_parts" (
	"sha256" text NOT NULL,
	"start" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "blob_upload_parts_sha256_start_pk" PRIMARY KEY("sha256","start")
);
--> statement-breakpoint
CREATE TABLE "expired_audio" (
	"sha256" text PRIMARY KEY NOT NULL,
	"deleted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "blob_uploads" ADD COLUMN "parts_bytes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "campaign_settings" ADD COLUMN "recording_retention_days" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
-- Stored uncompressed out of line, so a range of a long recording reads only its own pages.
ALTER TABLE "blobs" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;