import { expect, test } from "@playwright/test";

test.describe("the sandbox partners, mounted in the app", () => {
  test("sandbox plentymarkets answers a login as the real API does", async ({ request }) => {
    const refused = await request.post("/sandbox/plentymarkets/rest/login", { data: { username: "nobody", password: "wrong" } });
    expect(refused.status()).toBe(401);
    const ok = await request.post("/sandbox/plentymarkets/rest/login", { data: { username: "lagerbro-api", password: "sandbox-passwort" } });
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body).toMatchObject({ token_type: "Bearer", access_token: expect.any(String) });
    expect(ok.headers()["x-plenty-global-short-period-calls-left"]).toBeDefined();
  });

  test("an unknown sandbox system is a 404", async ({ request }) => {
    const response = await request.get("/sandbox/unknown/anything");
    expect(response.status()).toBe(404);
  });
});

test("pages carry the security headers", async ({ request }) => {
  const response = await request.get("/sign-in");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
});
