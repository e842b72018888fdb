CREATE TYPE "public"."delivery_path" AS ENUM('inngest', 'local_worker');--> statement-breakpoint
CREATE TABLE "delivery_heartbeats" (
	"path" "delivery_path" PRIMARY KEY NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	"delivered" integer DEFAULT 0 NOT NULL,
	"last_error" text
);
--> statement-breakpoint
ALTER TABLE "delivery_heartbeats" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "delivery_heartbeats_system_all" ON "delivery_heartbeats" AS PERMISSIVE FOR ALL TO "lagerbro_app" USING (nullif(current_setting('app.system', true), '') = 'on') WITH CHECK (nullif(current_setting('app.system', true), '') = 'on');