"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { explainTestFailure } from "@/lib/connections/explain-failure";
import { credentialInput } from "@/lib/connections/form-input";
import { testStoredConnection } from "@/lib/connections/open";
import { deleteConnectionSafely } from "@/lib/connections/delete-safely";
import { getConnection, updateConnectionCredentials } from "@/lib/connections/store";
import { describeCredentials, getConnector } from "@/lib/connectors";
import { UserError } from "@/lib/errors/user-error";
import type { ActionState } from "./action-state";
import { text } from "./form-data";
import { echoValues, runTenantAction } from "./run-action";

async function connectionOf(tenantId: string, formData: FormData) {
  const connection = await getConnection(tenantId, text(formData, "connectionId"));
  if (!connection) throw new UserError("That connection does not exist.");
  return connection;
}

async function testAndExplain(tenantId: string, connectionId: string, connectorId: string, formData: FormData): Promise<ActionState> {
  const connector = getConnector(connectorId);
  const result = await testStoredConnection(tenantId, connectionId);
  revalidatePath(`/connections/${connectionId}`);
  if (result.ok) return { status: "success", message: `Test passed: connected as ${result.account.name}.` };
  const { title, detail, field } = explainTestFailure(connector.label, result, describeCredentials(connector.credentialSchema));
  return { status: "error", message: title, data: { detail }, ...(field ? { fieldErrors: { [field]: title } } : {}), values: echoValues(formData) };
}

/** Saves changed credentials (an empty secret keeps the stored one) and tests them at once. */
export async function updateCredentialsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant, user }) => {
    const connection = await connectionOf(tenant.id, formData);
    const fields = describeCredentials(getConnector(connection.connectorId).credentialSchema);
    await updateConnectionCredentials(tenant.id, connection.id, credentialInput(fields, (k) => (formData.has(k) ? text(formData, k) : null)), user.id);
    const tested = await testAndExplain(tenant.id, connection.id, connection.connectorId, formData);
    return tested.status === "success" ? { ...tested, message: `Saved. ${tested.message}` } : { ...tested, message: `Saved, but the test failed: ${tested.message}` };
  });
}

export async function testConnectionAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "member", async ({ tenant }) => {
    const connection = await connectionOf(tenant.id, formData);
    return testAndExplain(tenant.id, connection.id, connection.connectorId, formData);
  });
}

export async function deleteConnectionAction(_: ActionState, formData: FormData): Promise<ActionState> {
  return runTenantAction(formData, "admin", async ({ tenant, user }) => {
    await deleteConnectionSafely(tenant.id, text(formData, "connectionId"), user.id);
    revalidatePath("/connections");
    redirect("/connections?deleted=1");
  });
}
