-- The role the app connects as: it owns no table, so row-level security applies to it.
-- Roles live per cluster, not per database, so create it only when it is missing.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'lagerbro_app') THEN
    CREATE ROLE lagerbro_app LOGIN;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO lagerbro_app;
--> statement-breakpoint
-- Every table and sequence the migrator creates from here on is usable by the app role.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO lagerbro_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO lagerbro_app;
