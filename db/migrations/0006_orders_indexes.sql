DROP INDEX "orders_tenant_status_idx";--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "customer_name" text GENERATED ALWAYS AS (coalesce(nullif(btrim(coalesce(canonical->'deliveryAddress'->>'firstName', '') || ' ' || coalesce(canonical->'deliveryAddress'->>'lastName', '')), ''), canonical->'deliveryAddress'->>'company', '')) STORED;--> statement-breakpoint
CREATE INDEX "orders_tenant_received_idx" ON "orders" USING btree ("tenant_id","received_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_tenant_status_received_idx" ON "orders" USING btree ("tenant_id","status","received_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_link_received_idx" ON "orders" USING btree ("link_id","received_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_tenant_number_search_idx" ON "orders" USING btree ("tenant_id",lower("order_number") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "orders_tenant_customer_search_idx" ON "orders" USING btree ("tenant_id",lower("customer_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "orders_tenant_last_name_search_idx" ON "orders" USING btree ("tenant_id",lower(canonical->'deliveryAddress'->>'lastName') text_pattern_ops);