import type { Metadata } from "next";
import Link from "next/link";
import { SandboxStartCard } from "@/components/sandbox/sandbox-start-card";
import { DiscardDraftButton } from "@/components/wizard/discard-draft-button";
import { StartWizardButton } from "@/components/wizard/start-wizard-button";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { findConnector } from "@/lib/connectors";
import { requireRole } from "@/lib/session/current";
import { findTenantSandbox } from "@/lib/sandbox-setup/find";
import { sandboxAvailable } from "@/lib/sandbox-setup/setup";
import { listOpenDrafts } from "@/lib/wizard/drafts";
import { STEP_LABELS, isWizardStep } from "@/lib/wizard/steps";

export const metadata: Metadata = { title: "Connect" };

export default async function ConnectPage() {
  const { tenant } = await requireRole("admin");
  const [drafts, sandbox] = await Promise.all([listOpenDrafts(tenant.id), findTenantSandbox(tenant.id)]);
  const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Connect your shop to your warehouse</h1>
        <p className="text-sm text-muted-foreground">
          Seven short steps: your shop and its login, your warehouse and its login, how statuses, shipping methods and SKUs match, how often to sync, and a preview of a real order. Each step is saved, so you can stop and come back.
        </p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>New connection</CardTitle>
          <CardDescription>Have the login of your shop&apos;s API user and the access your 3PL gave you at hand.</CardDescription>
        </CardHeader>
        <CardContent>
          <StartWizardButton />
        </CardContent>
      </Card>
      {drafts.length > 0 ? (
        <Card>
          <CardHeader>
            <CardTitle>Continue where you left off</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="grid gap-2">
              {drafts.map((draft) => {
                const shop = findConnector(draft.data.sourceConnectorId ?? "")?.label;
                const warehouse = findConnector(draft.data.warehouseConnectorId ?? "")?.label;
                const what = [shop, warehouse].filter(Boolean).join(" → ") || "Nothing chosen yet";
                return (
                  <li key={draft.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border p-3">
                    <div>
                      <div className="font-medium">{draft.data.name ?? what}</div>
                      <div className="text-xs text-muted-foreground">
                        At step “{isWizardStep(draft.step) ? STEP_LABELS[draft.step] : draft.step}” · saved {dateFormat.format(draft.updatedAt)} UTC
                      </div>
                    </div>
                    <div className="flex gap-2">
                      <Button asChild size="sm" variant="outline">
                        <Link href={`/connect/${draft.id}`}>Continue</Link>
                      </Button>
                      <DiscardDraftButton draftId={draft.id} />
                    </div>
                  </li>
                );
              })}
            </ul>
          </CardContent>
        </Card>
      ) : null}
      {sandboxAvailable() ? <SandboxStartCard started={Boolean(sandbox?.linkId)} /> : null}
    </div>
  );
}
