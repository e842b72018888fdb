import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withTenant } from "@/db";
import { auditEvents } from "@/db/schema";
import { signUpOwner } from "@/db/testing/fixtures";
import { createConnection, deleteConnection, updateConnectionCredentials } from "@/lib/connections/store";
import { pauseLink, resumeLink } from "@/lib/controls/link-controls";
import { deleteLink } from "@/lib/links/manage";
import { updateProductSettings } from "@/lib/links/product-settings";
import { createLink, updateLinkMappings } from "@/lib/pipeline/links";
import { createApiKey, revokeApiKey } from "@/lib/pull-api/keys";
import { acceptInvitation, createInvitation, revokeInvitation } from "@/lib/tenancy/invitations";
import { changeMemberRole, removeMember } from "@/lib/tenancy/members";
import { renameTenant } from "@/lib/tenancy/tenants";
import { listAuditEvents } from "./list";
import { recordAudit } from "./record";

const WEMALO_SECRET = "wemalo-secret-token-4711";
const PLENTY_PASSWORD = "plenty-password-0815";

async function rowsOf(tenantId: string) {
  return withTenant(tenantId, (tx) => tx.select().from(auditEvents).orderBy(asc(auditEvents.createdAt), asc(auditEvents.id)));
}

/** Runs one change and returns the audit rows it added (exactly what appeared, in order). */
async function added(tenantId: string, change: () => Promise<unknown>) {
  const before = new Set((await rowsOf(tenantId)).map((r) => r.id));
  await change();
  return (await rowsOf(tenantId)).filter((r) => !before.has(r.id));
}

async function world() {
  const owner = await signUpOwner("Audit GmbH");
  const source = await createConnection(
    owner.tenantId,
    {
      connectorId: "plentymarkets",
      label: "Shop",
      credentials: { url: "http://127.0.0.1:9/", username: "api", password: PLENTY_PASSWORD, plentyId: 1, warehouseId: 104, storageLocationId: 12 },
    },
    owner.userId,
  );
  const warehouse = await createConnection(owner.tenantId, { connectorId: "wemalo", label: "3PL", credentials: { apiToken: WEMALO_SECRET, apiUrl: "http://127.0.0.1:9/v1" } }, owner.userId);
  return { owner, source, warehouse };
}

describe("audit log", () => {
  it("records connection changes with the actor and the names of changed fields, never a secret", async () => {
    const { owner, warehouse } = await world();
    const created = (await rowsOf(owner.tenantId)).filter((r) => r.action === "connection.created");
    expect(created.map((r) => r.details.label)).toEqual(["Shop", "3PL"]);
    expect(created.every((r) => r.actorUserId === owner.userId)).toBe(true);

    const newSecret = "rotated-secret-9999";
    const changed = await added(owner.tenantId, () => updateConnectionCredentials(owner.tenantId, warehouse.id, { apiToken: newSecret }, owner.userId));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ action: "connection.credentials_changed", actorUserId: owner.userId, targetType: "connection", targetId: warehouse.id });
    expect(changed[0]!.details).toEqual({ label: "3PL", connector: "wemalo", fields: ["apiToken"] });

    // An empty secret keeps the stored one: nothing changed, nothing recorded.
    expect(await added(owner.tenantId, () => updateConnectionCredentials(owner.tenantId, warehouse.id, { apiToken: "" }, owner.userId))).toHaveLength(0);

    const deleted = await added(owner.tenantId, () => deleteConnection(owner.tenantId, warehouse.id, owner.userId));
    expect(deleted).toMatchObject([{ action: "connection.deleted", actorUserId: owner.userId, targetId: warehouse.id, details: { label: "3PL", connector: "wemalo" } }]);

    const everything = JSON.stringify(await rowsOf(owner.tenantId));
    for (const secret of [WEMALO_SECRET, newSecret, PLENTY_PASSWORD]) expect(everything).not.toContain(secret);
  });

  it("records a link's creation, pause, resume, mapping change and deletion, once each", async () => {
    const { owner, source, warehouse } = await world();
    const actor = owner.userId;
    let linkId = "";
    const created = await added(owner.tenantId, async () => {
      linkId = (await createLink(owner.tenantId, { name: "Shop → 3PL", sourceConnectionId: source.id, warehouseConnectionId: warehouse.id }, actor)).id;
    });
    expect(created).toMatchObject([{ action: "link.created", actorUserId: actor, targetId: linkId, details: { name: "Shop → 3PL" } }]);

    expect(await added(owner.tenantId, () => pauseLink(owner.tenantId, linkId, actor))).toMatchObject([{ action: "link.paused", actorUserId: actor, targetId: linkId }]);
    // Pausing a paused link changes nothing and records nothing.
    expect(await added(owner.tenantId, () => pauseLink(owner.tenantId, linkId, actor))).toHaveLength(0);
    expect(await added(owner.tenantId, () => resumeLink(owner.tenantId, linkId, actor))).toMatchObject([{ action: "link.resumed", actorUserId: actor }]);

    const mapped = await added(owner.tenantId, () => updateLinkMappings(owner.tenantId, linkId, { shippingMethods: { "6": "DHL" } }, actor));
    expect(mapped).toMatchObject([{ action: "link.mappings_changed", actorUserId: actor, targetId: linkId, details: { mappings: ["shippingMethods"] } }]);
    expect(await added(owner.tenantId, () => updateLinkMappings(owner.tenantId, linkId, { shippingMethods: { "6": "DHL" } }, actor))).toHaveLength(0);

    const settings = await added(owner.tenantId, () => updateProductSettings(owner.tenantId, linkId, { productSync: true, stockSync: true, stockBuffer: 2, unknownSkuPolicy: "hold" }, actor));
    expect(settings).toHaveLength(1);
    expect(settings[0]).toMatchObject({ action: "link.settings_changed", actorUserId: actor, targetId: linkId });
    expect(settings[0]!.details.settings).toEqual(expect.arrayContaining(["stockBuffer"]));

    expect(await added(owner.tenantId, () => deleteLink(owner.tenantId, linkId, actor))).toMatchObject([{ action: "link.deleted", actorUserId: actor, targetId: linkId }]);
  });

  it("records invitations, joining, role changes, removal and the team's name with who did it", async () => {
    const owner = await signUpOwner("Team GmbH");
    const invitee = await signUpOwner("Elsewhere AB");
    const actor = { userId: owner.userId, role: "owner" as const, name: "Owner Person" };
    let token = "";
    const invited = await added(owner.tenantId, async () => {
      const { link } = await createInvitation({ tenantId: owner.tenantId, actor, email: invitee.email, role: "member" });
      token = link.split("/invite/")[1]!;
    });
    expect(invited).toMatchObject([{ action: "member.invited", actorUserId: owner.userId, details: { email: invitee.email, role: "member" } }]);
    expect(JSON.stringify(invited)).not.toContain(token);

    const joined = await added(owner.tenantId, () => acceptInvitation(token, { id: invitee.userId, email: invitee.email }));
    expect(joined).toMatchObject([{ action: "member.joined", actorUserId: invitee.userId, targetId: invitee.userId }]);

    const promoted = await added(owner.tenantId, () => changeMemberRole(owner.tenantId, actor, invitee.userId, "admin"));
    expect(promoted).toMatchObject([{ action: "member.role_changed", actorUserId: owner.userId, targetId: invitee.userId, details: { email: invitee.email, from: "member", to: "admin" } }]);

    const removed = await added(owner.tenantId, () => removeMember(owner.tenantId, actor, invitee.userId));
    expect(removed).toMatchObject([{ action: "member.removed", actorUserId: owner.userId, details: { email: invitee.email, role: "admin", left: false } }]);

    const second = await createInvitation({ tenantId: owner.tenantId, actor, email: "later@example.test", role: "admin" });
    const revoked = await added(owner.tenantId, () => revokeInvitation(owner.tenantId, second.invitation.id, owner.userId));
    expect(revoked).toMatchObject([{ action: "invitation.revoked", actorUserId: owner.userId, targetId: second.invitation.id }]);

    const renamed = await added(owner.tenantId, () => renameTenant(owner.tenantId, "Team AG", owner.userId));
    expect(renamed).toMatchObject([{ action: "team.renamed", details: { from: "Team GmbH", to: "Team AG" } }]);
    // A refused change (the last owner cannot leave) records nothing.
    expect(await added(owner.tenantId, () => removeMember(owner.tenantId, actor, owner.userId).catch(() => undefined))).toHaveLength(0);
  });

  it("records API keys by name only: the key is in no audit row", async () => {
    const owner = await signUpOwner();
    let created = { key: "", id: "" };
    const rows = await added(owner.tenantId, async () => {
      created = await createApiKey(owner.tenantId, { name: "Vendre shop", createdBy: owner.userId });
    });
    expect(rows).toMatchObject([{ action: "api_key.created", actorUserId: owner.userId, targetId: created.id, details: { name: "Vendre shop" } }]);
    expect(JSON.stringify(rows)).not.toContain(created.key.slice(4));
    expect(await added(owner.tenantId, () => revokeApiKey(owner.tenantId, created.id, owner.userId))).toMatchObject([{ action: "api_key.revoked", actorUserId: owner.userId }]);
  });

  it("refuses a detail named like a secret, and the change with it", async () => {
    const owner = await signUpOwner();
    await expect(
      withTenant(owner.tenantId, (tx) => recordAudit(tx, owner.tenantId, { actorUserId: owner.userId, action: "team.renamed", target: { type: "team", id: owner.tenantId }, details: { password: "x" } })),
    ).rejects.toThrow(/password/);
    expect(await rowsOf(owner.tenantId)).toHaveLength(0);
  });

  it("lists newest first, in pages, with the actor's name, and only the tenant's own rows", async () => {
    const owner = await signUpOwner("Pages GmbH");
    const other = await signUpOwner("Other GmbH");
    for (let i = 0; i < 5; i++) await createApiKey(owner.tenantId, { name: `key ${i}`, createdBy: owner.userId });
    await createApiKey(other.tenantId, { name: "not yours", createdBy: other.userId });

    const first = await listAuditEvents(owner.tenantId, { limit: 2 });
    const second = await listAuditEvents(owner.tenantId, { limit: 2, after: first.next });
    const third = await listAuditEvents(owner.tenantId, { limit: 2, after: second.next });
    const names = [...first.items, ...second.items, ...third.items].map((i) => i.details.name);
    expect(names).toEqual(["key 4", "key 3", "key 2", "key 1", "key 0"]);
    expect(third.next).toBeUndefined();
    expect(first.items[0]!.actor).toEqual({ name: "Owner Person", email: owner.email });
    // A tampered cursor starts at the newest page again instead of failing.
    expect((await listAuditEvents(owner.tenantId, { limit: 1, after: "garbage" })).items[0]!.details.name).toBe("key 4");
    const otherRows = await withTenant(owner.tenantId, (tx) => tx.select().from(auditEvents).where(eq(auditEvents.tenantId, other.tenantId)));
    expect(otherRows).toHaveLength(0);
  });
});
