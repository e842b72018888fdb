import { describe, expect, it } from "vitest";
import { REDACTED, redactHeaders, redactUrl, redactValue, summariseBody } from "./redact";

describe("redaction", () => {
  it("redacts auth headers and secret-named headers", () => {
    expect(redactHeaders({ Authorization: "JWT abc", "X-Auth-Token": "t", Accept: "application/json" })).toEqual({
      authorization: REDACTED,
      "x-auth-token": REDACTED,
      accept: "application/json",
    });
  });

  it("redacts secret query params and userinfo", () => {
    const out = redactUrl("https://user:pw@x.example/rest/login?password=hunter2&access_token=abc&page=2");
    expect(out).not.toContain("hunter2");
    expect(out).not.toContain("abc");
    expect(out).not.toContain("pw@");
    expect(out).toContain("page=2");
  });

  it("redacts fields named like secrets at any depth", () => {
    expect(redactValue({ a: { apiKey: "k", api_key: "k", clientSecret: "s", refresh_token: "r", list: [{ password: "p" }] }, name: "n" })).toEqual({
      a: { apiKey: REDACTED, api_key: REDACTED, clientSecret: REDACTED, refresh_token: REDACTED, list: [{ password: REDACTED }] },
      name: "n",
    });
  });

  it("redacts JSON text, form text, bearer tokens in free text, and truncates", () => {
    expect(summariseBody('{"token":"abc","x":1}')).toBe(`{"token":"${REDACTED}","x":1}`);
    expect(summariseBody("username=a&password=hunter2")).toBe(`username=a&password=${encodeURIComponent(REDACTED)}`);
    expect(summariseBody("denied for Bearer eyJhbGciOi.x.y")).toBe(`denied for Bearer ${REDACTED}`);
    expect(summariseBody("x".repeat(50), { maxLength: 10 })).toBe(`${"x".repeat(10)}…[40 more chars]`);
    expect(summariseBody("your secret is hunter22", { secrets: ["hunter22"] })).toBe(`your secret is ${REDACTED}`);
  });
});
