import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Two projects: "unit" needs nothing running; "integration" talks to Postgres
// (DATABASE_URL when set, otherwise an embedded PGlite started by the global setup).
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    // The fuzz reporter adds the run counts per parser after a run that had fuzz tests.
    reporters: ["default", "./lib/testing/fuzz-reporter.ts"],
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "inngest/**/*.test.ts", "components/**/*.test.ts"], exclude: ["**/*.int.test.ts", "node_modules/**"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", "e2e/**"],
          environment: "node",
          globalSetup: ["./db/testing/global-setup.ts"],
          setupFiles: ["./db/testing/setup-env.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // next-auth imports "next/server" without an extension, which Node's ESM loader refuses; through Vite it resolves.
          server: { deps: { inline: ["next-auth", "@auth/core"] } },
        },
      },
    ],
  },
});
