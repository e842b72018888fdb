import type { LinkDraft } from "@/db/schema";
import { testStoredConnection } from "@/lib/connections/open";
import { createConnection, getConnection, updateConnectionCredentials } from "@/lib/connections/store";
import { explainTestFailure, type Explanation } from "@/lib/connections/explain-failure";
import { describeCredentials, getConnector, listConnectors } from "@/lib/connectors";
import { UserError } from "@/lib/errors/user-error";
import { requireOpenDraft, updateDraft } from "./drafts";
import { connectionIdOf, connectorIdOf, SIDE_WORDS, type Side } from "./sides";
import { nextStep } from "./steps";

/** Step "choose": remembers which system plays this side. Changing it forgets that side's connection. */
export async function chooseConnector(tenantId: string, draftId: string, side: Side, connectorId: string): Promise<LinkDraft> {
  const draft = await requireOpenDraft(tenantId, draftId);
  if (!listConnectors(side).some((c) => c.id === connectorId)) throw new UserError(`Choose your ${SIDE_WORDS[side].noun} from the list.`, "connectorId");
  const changed = connectorIdOf(draft, side) !== connectorId;
  return updateDraft(tenantId, draftId, {
    step: side === "source" ? "source-credentials" : "warehouse-credentials",
    data: side === "source" ? { sourceConnectorId: connectorId } : { warehouseConnectorId: connectorId },
    ...(changed ? (side === "source" ? { sourceConnectionId: null } : { warehouseConnectionId: null }) : {}),
  });
}

export type ConnectionTestOutcome =
  | { ok: true; connectionId: string; account: { id: string; name: string } }
  | { ok: false; connectionId: string; explanation: Explanation };

/**
 * Step "credentials": stores them (encrypted; a new connection the first time, write-only
 * updates after that), tests them at once and keeps the step until the test passes.
 */
export async function saveAndTestConnection(
  tenantId: string,
  draftId: string,
  side: Side,
  credentials: Record<string, unknown>,
  actorUserId?: string,
): Promise<ConnectionTestOutcome> {
  const draft = await requireOpenDraft(tenantId, draftId);
  const connectorId = connectorIdOf(draft, side);
  if (!connectorId) throw new UserError(`Choose your ${SIDE_WORDS[side].noun} first.`);
  const connector = getConnector(connectorId);
  const existingId = connectionIdOf(draft, side);
  const existing = existingId ? await getConnection(tenantId, existingId) : null;
  const connection = existing
    ? await updateConnectionCredentials(tenantId, existing.id, credentials, actorUserId)
    : await createConnection(tenantId, { connectorId, label: `${connector.label} ${SIDE_WORDS[side].noun}`, credentials }, actorUserId);
  if (!existing) await updateDraft(tenantId, draftId, side === "source" ? { sourceConnectionId: connection.id } : { warehouseConnectionId: connection.id });

  const result = await testStoredConnection(tenantId, connection.id);
  if (!result.ok) {
    return { ok: false, connectionId: connection.id, explanation: explainTestFailure(connector.label, result, describeCredentials(connector.credentialSchema)) };
  }
  await updateDraft(tenantId, draftId, { step: nextStep(side === "source" ? "source-credentials" : "warehouse-credentials") });
  return { ok: true, connectionId: connection.id, account: result.account };
}
