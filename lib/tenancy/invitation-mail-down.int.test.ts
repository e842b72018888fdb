import { describe, expect, it, vi } from "vitest";
import { signUpOwner, uniqueEmail } from "@/db/testing/fixtures";
import { createInvitation, describeInvitation, listPendingInvitations } from "./invitations";

// The mail server is down: nodemailer's connect error, as it rejects when SMTP_URL points nowhere.
vi.mock("@/lib/mail/send-mail", () => ({
  sendMail: vi.fn(async () => {
    throw Object.assign(new Error("connect ECONNREFUSED 10.0.0.9:587 (smtp://mailer:s3cret@10.0.0.9)"), { code: "ESOCKET" });
  }),
}));

describe("an invitation when the mail server is down", () => {
  it("is stored and its link handed back, reported as not mailed, and the log names no server or password", async () => {
    const owner = await signUpOwner("Mailless Co");
    const email = uniqueEmail("nomail");
    const logged: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
    try {
      const created = await createInvitation({ tenantId: owner.tenantId, actor: { userId: owner.userId, role: "owner", name: "Owner" }, email, role: "member" });
      expect(created.mailed).toBe(false);
      const token = new URL(created.link).pathname.split("/").pop()!;
      expect(await describeInvitation(token)).toMatchObject({ state: "valid", email, tenantName: "Mailless Co" });
      expect((await listPendingInvitations(owner.tenantId)).map((i) => i.email)).toContain(email);
      expect(logged.join("\n")).toContain("invitation mail not sent");
      expect(logged.join("\n")).not.toMatch(/s3cret|10\.0\.0\.9|mailer/);
    } finally {
      spy.mockRestore();
    }
  });
});
