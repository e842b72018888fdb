import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteConnectionButton, TestConnectionButton } from "@/components/connections/connection-buttons";
import { EditCredentialsForm } from "@/components/connections/edit-credentials-form";
import { RequestLog } from "@/components/connections/request-log";
import { StatusBadge } from "@/components/connections/status-badge";
import { WebhookDeliveries } from "@/components/connections/webhook-deliveries";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getConnection, listConnectionRequests } from "@/lib/connections/store";
import { describeCredentials, findConnector, type Discovered } from "@/lib/connectors";
import { listLinks } from "@/lib/links/manage";
import { getTenantContext } from "@/lib/session/current";
import { hasRole } from "@/lib/tenancy/roles";
import { webhookPanel } from "@/lib/webhooks/list-deliveries";

export const metadata: Metadata = { title: "Connection" };

const DISCOVERED_WORDS: Record<string, string> = {
  statuses: "order statuses",
  shippingProfiles: "shipping methods or profiles",
  warehouses: "warehouses",
  storageLocations: "storage locations",
  accounts: "shops or clients",
  returnStatuses: "return statuses",
  missingStatuses: "statuses still to create",
};

function pathnameOf(url: unknown): string {
  try {
    return typeof url === "string" ? new URL(url).pathname.replace(/\/+$/, "") : "";
  } catch {
    return "";
  }
}

export default async function ConnectionPage({ params }: { params: Promise<{ connectionId: string }> }) {
  const { connectionId } = await params;
  const { tenant, role } = await getTenantContext();
  const connection = /^[0-9a-f-]{36}$/i.test(connectionId) ? await getConnection(tenant.id, connectionId) : null;
  if (!connection) notFound();
  const connector = findConnector(connection.connectorId);
  if (!connector) notFound();
  const [requests, links, webhooks] = await Promise.all([
    listConnectionRequests(tenant.id, connection.id, 30),
    listLinks(tenant.id),
    connector.webhooks ? webhookPanel(tenant.id, connection.id) : null,
  ]);
  const usedBy = links.filter((l) => l.sourceConnectionId === connection.id || l.warehouseConnectionId === connection.id);
  const discovered = (connection.discovered ?? {}) as Discovered & { account?: { name?: string } };
  const canEdit = hasRole(role, "admin");
  const fields = describeCredentials(connector.credentialSchema);
  const urlField = fields.find((f) => f.input === "url")?.key;
  const basePath = urlField ? pathnameOf(connection.credentials[urlField]) : "";
  const time = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <div>
        <p className="text-sm text-muted-foreground">
          <Link href="/connections" className="underline-offset-4 hover:underline">
            Connections
          </Link>{" "}
          › {connector.label}
        </p>
        <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold">
          {connection.label} <StatusBadge status={connection.status} />
        </h1>
        <p className="text-sm text-muted-foreground">
          {connector.label} · {connection.lastTestedAt ? `last tested ${time.format(connection.lastTestedAt)} UTC` : "never tested"}
          {discovered.account?.name ? ` · logged in as ${discovered.account.name}` : ""}
        </p>
      </div>
      {connection.status === "failing" && connection.lastError ? <Alert variant="error">The last test failed: {connection.lastError}</Alert> : null}
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card>
          <CardHeader>
            <CardTitle>Login and settings</CardTitle>
            <CardDescription>Changes are tested at once. Leave a secret empty to keep the saved one.</CardDescription>
          </CardHeader>
          <CardContent>
            <EditCredentialsForm connectionId={connection.id} fields={fields} stored={connection.credentials} canEdit={canEdit} />
          </CardContent>
        </Card>
        <div className="grid content-start gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Test</CardTitle>
              <CardDescription>Logs in and reads what there is to map, without changing anything.</CardDescription>
            </CardHeader>
            <CardContent>
              <TestConnectionButton connectionId={connection.id} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>What the last test found</CardTitle>
            </CardHeader>
            <CardContent>
              <ul className="grid gap-1 text-sm">
                {Object.entries(DISCOVERED_WORDS)
                  .filter(([key]) => Array.isArray(discovered[key]))
                  .map(([key, words]) => (
                    <li key={key}>
                      {discovered[key]!.length} {words}
                    </li>
                  ))}
              </ul>
              {usedBy.length ? (
                <p className="mt-3 text-sm">
                  Used by{" "}
                  {usedBy.map((l, i) => (
                    <span key={l.id}>
                      {i > 0 ? ", " : ""}
                      <Link className="text-primary underline-offset-4 hover:underline" href={`/links/${l.id}`}>
                        {l.name}
                      </Link>
                    </span>
                  ))}
                </p>
              ) : null}
            </CardContent>
          </Card>
        </div>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Recent calls to {connector.label}</CardTitle>
          <CardDescription>The newest 30, with secrets removed. Useful when something fails.</CardDescription>
        </CardHeader>
        <CardContent>
          <RequestLog requests={requests} basePath={basePath} />
        </CardContent>
      </Card>
      {webhooks ? (
        <Card>
          <CardHeader>
            <CardTitle>Webhooks from {connector.label}</CardTitle>
            <CardDescription>The newest 20 deliveries. Each is stored once before it is answered, then applied.</CardDescription>
          </CardHeader>
          <CardContent>
            <WebhookDeliveries panel={webhooks} showSecrets={canEdit} />
          </CardContent>
        </Card>
      ) : null}
      {canEdit ? (
        <Card className="border-red-200">
          <CardHeader>
            <CardTitle>Delete</CardTitle>
            <CardDescription>Removes the saved login from Lagerbro.</CardDescription>
          </CardHeader>
          <CardContent>
            <DeleteConnectionButton connectionId={connection.id} label={connection.label} usedBy={usedBy.map((l) => l.name)} />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
