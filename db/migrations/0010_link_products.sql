CREATE TYPE "public"."product_sync_state" AS ENUM('pending', 'synced', 'rejected', 'missing');--> statement-breakpoint
ALTER TYPE "public"."exception_kind" ADD VALUE 'product_rejected';--> statement-breakpoint
ALTER TYPE "public"."sync_kind" ADD VALUE 'products';--> statement-breakpoint
ALTER TYPE "public"."sync_kind" ADD VALUE 'stock';--> statement-breakpoint
CREATE TABLE "link_products" (
	"tenant_id" uuid NOT NULL,
	"link_id" uuid NOT NULL,
	"sku" text NOT NULL,
	"name" text NOT NULL,
	"ean" text,
	"product" jsonb NOT NULL,
	"product_hash" text,
	"warehouse_state" "product_sync_state" DEFAULT 'pending' NOT NULL,
	"warehouse_error" text,
	"product_synced_at" timestamp with time zone,
	"warehouse_qty" integer,
	"source_qty" integer,
	"stock_synced_at" timestamp with time zone,
	"stock_changed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"state_code" smallint GENERATED ALWAYS AS (case warehouse_state when 'pending' then 1 when 'synced' then 2 when 'rejected' then 3 when 'missing' then 4 end) STORED,
	"search_sku" text GENERATED ALWAYS AS (lower(sku)) STORED,
	"search_name" text GENERATED ALWAYS AS (lower(name)) STORED,
	CONSTRAINT "link_products_link_id_sku_pk" PRIMARY KEY("link_id","sku")
);
--> statement-breakpoint
ALTER TABLE "link_products" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "link_products" ADD CONSTRAINT "link_products_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "link_products" ADD CONSTRAINT "link_products_link_id_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."links"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "link_products_tenant_idx" ON "link_products" USING btree ("tenant_id");--> statement-breakpoint
CREATE INDEX "link_products_link_state_sku_idx" ON "link_products" USING btree ("link_id","state_code","sku");--> statement-breakpoint
CREATE INDEX "link_products_link_search_sku_idx" ON "link_products" USING btree ("link_id","search_sku" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "link_products_link_search_name_idx" ON "link_products" USING btree ("link_id","search_name" text_pattern_ops);--> statement-breakpoint
CREATE POLICY "link_products_tenant_isolation" ON "link_products" AS PERMISSIVE FOR ALL TO "lagerbro_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);