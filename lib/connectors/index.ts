import type { AnyConnector, ConnectorSide } from "./types";

// Partner connectors: one import line and one array entry each, nothing else.
import { bonverConnector } from "./bonver";
import { fileWarehouseConnector } from "./file-warehouse";
import { ongoingConnector } from "./ongoing";
import { plentymarketsConnector } from "./plentymarkets";
import { rackbeatConnector } from "./rackbeat";
import { vendreConnector } from "./vendre";
import { webshipperConnector } from "./webshipper";
import { wemaloConnector } from "./wemalo";

const connectors: readonly AnyConnector[] = [
  bonverConnector,
  fileWarehouseConnector,
  ongoingConnector,
  plentymarketsConnector,
  rackbeatConnector,
  vendreConnector,
  webshipperConnector,
  wemaloConnector,
];

const byId = new Map<string, AnyConnector>();
for (const connector of connectors) {
  if (byId.has(connector.id)) throw new Error(`connector id registered twice: ${connector.id}`);
  byId.set(connector.id, connector);
}

export function getConnector(id: string): AnyConnector {
  const connector = byId.get(id);
  if (!connector) throw new Error(`unknown connector "${id}" (registered: ${[...byId.keys()].join(", ") || "none"})`);
  return connector;
}

export function findConnector(id: string): AnyConnector | undefined {
  return byId.get(id);
}

/** All connectors, or those that can act as the given side ("both" counts for either). */
export function listConnectors(side?: Exclude<ConnectorSide, "both">): AnyConnector[] {
  if (!side) return [...connectors];
  return connectors.filter((c) => c.side === side || c.side === "both");
}

export type * from "./types";
export { defineConnector } from "./types";
export { credentialField, describeCredentials, publicCredentialView, secretKeys } from "./credentials";
export type { CredentialFieldDescriptor, CredentialFieldMeta, CredentialSchema } from "./credentials";
