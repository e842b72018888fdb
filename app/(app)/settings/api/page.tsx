import type { Metadata } from "next";
import { CreateApiKeyForm } from "@/components/settings/api-keys/create-api-key-form";
import { RevokeApiKeyButton } from "@/components/settings/api-keys/revoke-api-key-button";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { env } from "@/lib/env";
import { listApiKeys } from "@/lib/pull-api/keys";
import { requireRole } from "@/lib/session/current";

export const metadata: Metadata = { title: "Pull API" };

const ENDPOINTS = [
  ["Orders", "/customers/{customer number}/orders?from=YYYY-MM-DD&to=YYYY-MM-DD&page=1&per_page=25"],
  ["One order", "/customers/{customer number}/orders/{order number}"],
  ["Invoices", "/customers/{customer number}/invoices?from=YYYY-MM-DD&to=YYYY-MM-DD&page=1&per_page=25"],
  ["One invoice", "/customers/{customer number}/invoices/{invoice number}"],
] as const;

export default async function ApiKeysPage() {
  const { tenant } = await requireRole("admin");
  const keys = await listApiKeys(tenant.id);
  const base = `${env().APP_URL.replace(/\/$/, "")}/api/pull/v1`;
  const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">Pull API</h1>
      <Card>
        <CardHeader>
          <CardTitle>Order and invoice history for your shop</CardTitle>
          <CardDescription>
            Your shop (e.g. Vendre&apos;s &quot;My account&quot;) asks Lagerbro for a customer&apos;s orders, invoices and tracking. Every call sends a key of
            this team as <code>Authorization: Bearer &lt;key&gt;</code> and sees this team&apos;s orders only.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-2 text-sm">
          {ENDPOINTS.map(([label, path]) => (
            <div key={label} className="grid gap-0.5">
              <span className="font-medium">{label}</span>
              <code className="break-all text-muted-foreground">
                GET {base}
                {path}
              </code>
            </div>
          ))}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Create a key</CardTitle>
          <CardDescription>The key is shown once. Lagerbro keeps only a fingerprint of it, so a lost key cannot be shown again: revoke it and create a new one.</CardDescription>
        </CardHeader>
        <CardContent>
          <CreateApiKeyForm />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Keys of {tenant.name}</CardTitle>
        </CardHeader>
        <CardContent>
          {keys.length === 0 ? (
            <p className="text-sm text-muted-foreground">No key yet.</p>
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Name</TableHead>
                  <TableHead>Key</TableHead>
                  <TableHead>Created</TableHead>
                  <TableHead>Last used</TableHead>
                  <TableHead className="sr-only">Actions</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {keys.map((k) => (
                  <TableRow key={k.id} data-testid={`api-key-${k.prefix}`}>
                    <TableCell>{k.name}</TableCell>
                    <TableCell>
                      <code>{k.prefix}…</code>
                    </TableCell>
                    <TableCell>{when.format(k.createdAt)}</TableCell>
                    <TableCell>{k.lastUsedAt ? when.format(k.lastUsedAt) : "Never"}</TableCell>
                    <TableCell>{k.revokedAt ? <Badge>Revoked {when.format(k.revokedAt)}</Badge> : <RevokeApiKeyButton keyId={k.id} name={k.name} />}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
