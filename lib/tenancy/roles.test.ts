import { describe, expect, it } from "vitest";
import { canManage, hasRole } from "./roles";

describe("roles", () => {
  it("ranks owner over admin over member", () => {
    expect(hasRole("owner", "admin")).toBe(true);
    expect(hasRole("admin", "admin")).toBe(true);
    expect(hasRole("member", "admin")).toBe(false);
  });

  it("lets only owners touch the owner role", () => {
    expect(canManage("admin", "member", "admin")).toBe(true);
    expect(canManage("admin", "member", "owner")).toBe(false);
    expect(canManage("admin", "owner", "member")).toBe(false);
    expect(canManage("owner", "owner", "admin")).toBe(true);
    expect(canManage("member", "member", "admin")).toBe(false);
  });
});
