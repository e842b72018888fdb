import { describe, expect, it } from "vitest";
import { PartnerError } from "@/lib/http/errors";
import { inngest } from "./client";
import { retriableOnly } from "./retriable";
import { runFunction } from "./testing";

const failing = (error: Error) =>
  inngest.createFunction({ id: `failing-${error.message}`, triggers: [{ event: "test.run" }] }, async ({ step }) =>
    step.run("work", () => retriableOnly(async () => Promise.reject(error))),
  );

const partner = (kind: "transient" | "permanent" | "needs_merchant", reason: "server_error" | "credentials_rejected" | "rejected") =>
  new PartnerError({ kind, reason, partner: "wemalo", message: `${kind} ${reason}` });

describe("retriableOnly", () => {
  it("turns what a retry cannot fix into NonRetriableError and lets transient failures through for a retry", async () => {
    const permanent = await runFunction(failing(partner("permanent", "rejected")), { name: "test.run", data: {} });
    expect(permanent.error).toMatchObject({ name: "NonRetriableError", message: "permanent rejected" });
    const merchant = await runFunction(failing(partner("needs_merchant", "credentials_rejected")), { name: "test.run", data: {} });
    expect(merchant.error?.name).toBe("NonRetriableError");
    const transient = await runFunction(failing(partner("transient", "server_error")), { name: "test.run", data: {} });
    expect(transient.error).toMatchObject({ name: "PartnerError", message: "transient server_error" });
    const bug = await runFunction(failing(new TypeError("x is undefined")), { name: "test.run", data: {} });
    expect(bug.error?.name).toBe("TypeError");
  });

  it("a partner that named its wait (rate limit, Retry-After) is retried after exactly that wait", async () => {
    const limited = new PartnerError({ kind: "transient", reason: "rate_limited", partner: "plentymarkets", message: "rate limit: retry in 90000ms", retryAfterMs: 90_000 });
    const run = await runFunction(failing(limited), { name: "test.run", data: {} });
    expect(run.error).toMatchObject({ name: "RetryAfterError", message: "rate limit: retry in 90000ms" });
    await expect(retriableOnly(async () => Promise.reject(limited))).rejects.toMatchObject({ retryAfter: "90" }); // seconds, as Inngest reads it
  });

  it("passes a result through", async () => {
    expect(await retriableOnly(async () => 42)).toBe(42);
  });
});
