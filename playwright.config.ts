import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// Debian's chromium, never a downloaded browser (`npx playwright install` fails offline).
const chromiumFlags = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./e2e/.artifacts/results",
  fullyParallel: false,
  workers: 1,
  // One retry in CI (as Playwright's own template does): a timing flake on a loaded machine is reported as flaky, a real failure still fails.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: "e2e/.artifacts/report" }]],
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumFlags },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    // The built app (`next build` + `next start`), on a fresh embedded Postgres unless DATABASE_URL is set.
    command: "npm run build && npm start",
    url: `${baseURL}/sign-in`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    env: {
      PORT: String(port),
      LAGERBRO_ENV: "test",
      SANDBOX_ENABLED: "true",
      APP_URL: baseURL,
      EMBEDDED_DB_DIR: "memory://",
      EMBEDDED_DB_PORT: String(port + 1000),
    },
  },
});
