DROP INDEX "orders_tenant_status_received_idx";--> statement-breakpoint
DROP INDEX "orders_tenant_number_search_idx";--> statement-breakpoint
DROP INDEX "orders_tenant_customer_search_idx";--> statement-breakpoint
DROP INDEX "orders_tenant_last_name_search_idx";--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "status_code" smallint GENERATED ALWAYS AS (case status when 'received' then 1 when 'sent' then 2 when 'accepted' then 3 when 'picking' then 4 when 'partially_shipped' then 5 when 'shipped' then 6 when 'cancel_requested' then 7 when 'cancelled' then 8 when 'returned' then 9 when 'exception' then 10 end) STORED;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "search_number" text GENERATED ALWAYS AS (lower(order_number)) STORED;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "search_name" text GENERATED ALWAYS AS (lower(coalesce(nullif(btrim(coalesce(canonical->'deliveryAddress'->>'firstName', '') || ' ' || coalesce(canonical->'deliveryAddress'->>'lastName', '')), ''), canonical->'deliveryAddress'->>'company', ''))) STORED;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "search_last_name" text GENERATED ALWAYS AS (lower(canonical->'deliveryAddress'->>'lastName')) STORED;--> statement-breakpoint
CREATE INDEX "orders_tenant_status_code_received_idx" ON "orders" USING btree ("tenant_id","status_code","received_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "orders_tenant_search_number_idx" ON "orders" USING btree ("tenant_id","search_number" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "orders_tenant_search_name_idx" ON "orders" USING btree ("tenant_id","search_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "orders_tenant_search_last_name_idx" ON "orders" USING btree ("tenant_id","search_last_name" text_pattern_ops);