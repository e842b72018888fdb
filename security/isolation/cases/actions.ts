import type { Access, Walk } from "../walk";

type Form = Record<string, string | string[]>;

export interface ActionCase {
  access: Access;
  /** The form a signed-in owner of A submits (aimed at B's rows where the action takes ids). */
  form: (w: Walk) => Form;
  /**
   * What that owner gets: "refused" = an error state or 404 naming nothing of B; "own-team" = the
   * action has no id to aim and works on A's own team (B must still be unchanged).
   */
  asA: "refused" | "own-team";
  /** Why an action is open to more than members of the current team. */
  why?: string;
  /** What of B's the form's capability (a link token B sent) may show its holder, and why that is right. */
  reveals?: (w: Walk) => string[];
}

const uuid = () => crypto.randomUUID();

/**
 * One case per server action, keyed `file#export`. The walk fails when a discovered action has no
 * case here, so a new action cannot ship without its isolation check.
 */
export const actionCases: Record<string, ActionCase> = {
  // Sign-in, sign-up and password reset: the way in, open to anyone by design.
  "lib/actions/auth-actions.ts#signInAction": {
    access: "public",
    why: "signs in; B's e-mail with a wrong password is refused and changes nothing of B",
    form: (w) => ({ email: w.b.owner.email, password: "not B's password", next: `/orders/${w.b.orderId}` }),
    asA: "refused",
  },
  "lib/actions/auth-actions.ts#signUpAction": {
    access: "public",
    why: "creates an account; B's e-mail is taken and refused",
    form: (w) => ({ name: "Intruder", email: w.b.owner.email, password: "a long enough password", company: "Intruder AB", inviteToken: w.b.invitationToken }),
    asA: "refused",
  },
  "lib/actions/auth-actions.ts#signOutAction": { access: "public", why: "signs the caller out", form: () => ({}), asA: "own-team" },
  "lib/actions/auth-actions.ts#forgotPasswordAction": {
    access: "public",
    why: "answers the same for every address, so it tells nobody whether B's owner has an account",
    form: (w) => ({ email: w.b.owner.email }),
    asA: "own-team",
  },
  "lib/actions/auth-actions.ts#resetPasswordAction": {
    access: "public",
    why: "needs the token mailed to the account's owner",
    form: () => ({ token: "0".repeat(43), password: "a new long password", confirm: "a new long password" }),
    asA: "refused",
  },
  // The signed-in user's own account and teams.
  "lib/actions/account-actions.ts#updateProfileAction": { access: "user", form: (w) => ({ name: "Renamed", userId: w.b.owner.userId }), asA: "own-team" },
  "lib/actions/account-actions.ts#changePasswordAction": {
    access: "user",
    form: (w) => ({ currentPassword: "wrong", newPassword: "another long password", confirm: "another long password", userId: w.b.owner.userId }),
    asA: "refused",
  },
  "lib/actions/tenant-actions.ts#switchTenantAction": { access: "user", form: (w) => ({ tenantId: w.b.tenantId }), asA: "own-team" },
  "lib/actions/tenant-actions.ts#createTenantAction": { access: "user", form: () => ({ name: "zz second team" }), asA: "own-team", why: "sorts after A, so A stays the team the walk's people fall back to" },
  "lib/actions/tenant-actions.ts#acceptInvitationAction": {
    access: "user",
    why: "whoever holds an invitation link may use it, but only with the e-mail it was sent to",
    form: (w) => ({ token: w.b.invitationToken }),
    // The invitation page shows the holder of the link the address it was sent to; the refusal names it too.
    reveals: (w) => [w.b.invitationEmail],
    asA: "refused",
  },
  // Team administration.
  "lib/actions/tenant-actions.ts#renameTenantAction": { access: "admin", form: (w) => ({ name: w.a.name, tenantId: w.b.tenantId }), asA: "own-team" },
  "lib/actions/tenant-actions.ts#inviteMemberAction": { access: "admin", form: (w) => ({ email: `x-${uuid()}@example.test`, role: "member", tenantId: w.b.tenantId }), asA: "own-team" },
  "lib/actions/tenant-actions.ts#changeMemberRoleAction": { access: "admin", form: (w) => ({ userId: w.b.member.userId, role: "owner" }), asA: "refused" },
  "lib/actions/tenant-actions.ts#removeMemberAction": { access: "admin", form: (w) => ({ userId: w.b.member.userId }), asA: "refused" },
  "lib/actions/tenant-actions.ts#revokeInvitationAction": { access: "admin", form: (w) => ({ invitationId: w.b.invitationId }), asA: "refused" },
  "lib/actions/api-key-actions.ts#createApiKeyAction": { access: "admin", form: (w) => ({ name: "mine", tenantId: w.b.tenantId }), asA: "own-team" },
  "lib/actions/api-key-actions.ts#revokeApiKeyAction": { access: "admin", form: (w) => ({ keyId: w.b.apiKeyId }), asA: "refused" },
  // Connections and links.
  "lib/actions/connection-actions.ts#updateCredentialsAction": {
    access: "admin",
    form: (w) => ({ connectionId: w.b.warehouseConnectionId, apiToken: "stolen", apiUrl: "http://127.0.0.1:9/v1" }),
    asA: "refused",
  },
  "lib/actions/connection-actions.ts#testConnectionAction": { access: "member", form: (w) => ({ connectionId: w.b.warehouseConnectionId }), asA: "refused" },
  "lib/actions/connection-actions.ts#deleteConnectionAction": { access: "admin", form: (w) => ({ connectionId: w.b.sourceConnectionId }), asA: "refused" },
  "lib/actions/link-actions.ts#pauseLinkAction": { access: "admin", form: (w) => ({ linkId: w.b.linkId }), asA: "refused" },
  "lib/actions/link-actions.ts#resumeLinkAction": { access: "admin", form: (w) => ({ linkId: w.b.linkId }), asA: "refused" },
  "lib/actions/link-actions.ts#updateLinkMappingsAction": { access: "admin", form: (w) => ({ linkId: w.b.linkId, skuPolicy: "passthrough" }), asA: "refused" },
  "lib/actions/link-actions.ts#deleteLinkAction": { access: "admin", form: (w) => ({ linkId: w.b.linkId }), asA: "refused" },
  // Orders and problems.
  "lib/actions/order-actions.ts#retryOrderAction": { access: "member", form: (w) => ({ orderId: w.b.orderIds[1]! }), asA: "refused" },
  "lib/actions/order-actions.ts#resendOrderAction": { access: "member", form: (w) => ({ orderId: w.b.orderIds[2]! }), asA: "refused" },
  "lib/actions/order-actions.ts#cancelOrderAction": { access: "member", form: (w) => ({ orderId: w.b.orderIds[2]!, reason: "stolen" }), asA: "refused" },
  "lib/actions/order-actions.ts#retryExceptionsAction": { access: "member", form: (w) => ({ exceptionId: [w.b.exceptionId, w.b.unknownSkuExceptionId] }), asA: "refused" },
  // The connect wizard.
  "lib/actions/wizard-actions.ts#startWizardAction": { access: "admin", form: () => ({}), asA: "own-team" },
  "lib/actions/wizard-actions.ts#chooseConnectorAction": { access: "admin", form: (w) => ({ draftId: w.b.draftId, side: "source", connectorId: "plentymarkets" }), asA: "refused" },
  "lib/actions/wizard-actions.ts#testCredentialsAction": { access: "admin", form: (w) => ({ draftId: w.b.draftId, side: "source", url: "http://127.0.0.1:9" }), asA: "refused" },
  "lib/actions/wizard-actions.ts#saveMappingsAction": { access: "admin", form: (w) => ({ draftId: w.b.draftId, skuPolicy: "passthrough" }), asA: "refused" },
  "lib/actions/wizard-actions.ts#saveSettingsAction": { access: "admin", form: (w) => ({ draftId: w.b.draftId, name: "stolen", scheduleMinutes: "5" }), asA: "refused" },
  "lib/actions/wizard-actions.ts#activateAction": { access: "admin", form: (w) => ({ draftId: w.b.draftId }), asA: "refused" },
  "lib/actions/wizard-actions.ts#discardDraftAction": { access: "admin", form: (w) => ({ draftId: w.b.draftId }), asA: "refused" },
  // The sandbox (A's own simulators; A has not started one, B's space key is never shown to A).
  "lib/actions/sandbox-actions.ts#startSandboxAction": { access: "admin", form: () => ({}), asA: "own-team" },
  "lib/actions/sandbox-actions.ts#createSandboxOrdersAction": { access: "member", form: () => ({}), asA: "refused" },
  "lib/actions/sandbox-actions.ts#moveSandboxOrdersAction": { access: "member", form: (w) => ({ linkId: w.b.linkId }), asA: "refused" },
  "lib/actions/sandbox-actions.ts#commandSandboxWarehouseAction": { access: "member", form: (w) => ({ command: "ship", externalId: w.b.orderNo }), asA: "refused" },
  // Products and stock.
  "lib/actions/product-actions.ts#updateProductSettingsAction": { access: "admin", form: (w) => ({ linkId: w.b.linkId, productSync: "on", stockSync: "on", stockBuffer: "3" }), asA: "refused" },
  "lib/actions/product-actions.ts#syncProductsNowAction": { access: "member", form: (w) => ({ linkId: w.b.linkId }), asA: "refused" },
  "lib/actions/product-actions.ts#syncStockNowAction": { access: "member", form: (w) => ({ linkId: w.b.linkId }), asA: "refused" },
  "lib/actions/product-actions.ts#createProductAndRetryAction": { access: "member", form: (w) => ({ createFor: w.b.unknownSkuExceptionId }), asA: "refused" },
};
