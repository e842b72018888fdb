CREATE TABLE "link_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"created_by" uuid,
	"step" text NOT NULL,
	"source_connection_id" uuid,
	"warehouse_connection_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"link_id" uuid,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "link_drafts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "link_drafts" ADD CONSTRAINT "link_drafts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "link_drafts" ADD CONSTRAINT "link_drafts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "link_drafts" ADD CONSTRAINT "link_drafts_source_connection_id_connections_id_fk" FOREIGN KEY ("source_connection_id") REFERENCES "public"."connections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "link_drafts" ADD CONSTRAINT "link_drafts_warehouse_connection_id_connections_id_fk" FOREIGN KEY ("warehouse_connection_id") REFERENCES "public"."connections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "link_drafts" ADD CONSTRAINT "link_drafts_link_id_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."links"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "link_drafts_tenant_idx" ON "link_drafts" USING btree ("tenant_id","updated_at");--> statement-breakpoint
CREATE POLICY "link_drafts_tenant_isolation" ON "link_drafts" AS PERMISSIVE FOR ALL TO "lagerbro_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);