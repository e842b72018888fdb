import { describe, expect, it } from "vitest";
import { UserError } from "@/lib/errors/user-error";
import { parseProductSettingsForm } from "./product-settings";

const form = (values: Record<string, string>) => (key: string) => values[key] ?? null;

function refusal(values: Record<string, string>): UserError {
  try {
    parseProductSettingsForm(form(values));
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("the form was accepted");
}

describe("parseProductSettingsForm", () => {
  it("reads ticked boxes as on and missing ones as off", () => {
    expect(parseProductSettingsForm(form({ stockBuffer: " 3 ", stockSync: "on", unknownSkuPolicy: "create_and_resend" }))).toEqual({
      stockBuffer: 3,
      stockSync: true,
      productSync: false,
      unknownSkuPolicy: "create_and_resend",
    });
  });

  it("takes an empty buffer as 0", () => {
    expect(parseProductSettingsForm(form({ stockBuffer: "", productSync: "on", unknownSkuPolicy: "hold" })).stockBuffer).toBe(0);
  });

  it.each(["-1", "2.5", "two", "1e3"])("refuses the buffer %s and names the field", (stockBuffer) => {
    const error = refusal({ stockBuffer, unknownSkuPolicy: "hold" });
    expect(error.field).toBe("stockBuffer");
    expect(error.message).toMatch(/whole number/);
  });

  it("refuses a buffer larger than any shop shows", () => {
    const error = refusal({ stockBuffer: "100001", unknownSkuPolicy: "hold" });
    expect(error).toMatchObject({ field: "stockBuffer", message: expect.stringMatching(/at most 100,000/) });
  });

  it("refuses an unknown policy and names the field", () => {
    expect(refusal({ stockBuffer: "0", unknownSkuPolicy: "drop" })).toMatchObject({ field: "unknownSkuPolicy" });
    expect(refusal({ stockBuffer: "0" })).toMatchObject({ field: "unknownSkuPolicy" });
  });
});
