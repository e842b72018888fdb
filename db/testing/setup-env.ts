import { inject } from "vitest";

// Every integration test file talks to the database the global setup prepared.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.LAGERBRO_ENV = "test";
delete process.env.APP_DATABASE_URL;
delete process.env.SMTP_URL;
// A fixed test key ring: "old" first proves rotation, "test" is the one that encrypts.
process.env.ENCRYPTION_KEYS = `test:${Buffer.alloc(32, 1).toString("base64")},old:${Buffer.alloc(32, 2).toString("base64")}`;
process.env.ALLOW_PRIVATE_URLS = "true";
