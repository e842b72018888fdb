import { inject } from "vitest";

// Every integration test file talks to the database the global setup prepared.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.LAGERBRO_ENV = "test";
delete process.env.APP_DATABASE_URL;
delete process.env.SMTP_URL;
