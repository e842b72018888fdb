import type { Metadata } from "next";
import { Suspense } from "react";
import { ConnectFirstCard } from "@/components/home/connect-first-card";
import { DeliveryCard } from "@/components/home/delivery-card";
import { LinkHealthCard } from "@/components/home/link-health-card";
import { TeamCard } from "@/components/home/team-card";
import { SandboxStartCard } from "@/components/sandbox/sandbox-start-card";
import { Badge } from "@/components/ui/badge";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { getOutboxBacklog } from "@/lib/health/outbox-backlog";
import { listLinkHealth } from "@/lib/health/link-health";
import { sandboxAvailable } from "@/lib/sandbox-setup/setup";
import { getTenantContext } from "@/lib/session/current";
import { listPendingInvitations } from "@/lib/tenancy/invitations";
import { listMembers } from "@/lib/tenancy/members";
import { hasRole, ROLE_LABELS } from "@/lib/tenancy/roles";

export const metadata: Metadata = { title: "Overview" };

export default async function HomePage() {
  const { user, tenant, role } = await getTenantContext();
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Welcome, {user.name ?? user.email}</h1>
        <p className="text-sm text-muted-foreground">
          {tenant.name} · you are <Badge>{ROLE_LABELS[role]}</Badge>
        </p>
      </div>
      {/* A boundary here, not a loading.tsx for the whole (app) group: that one would wrap every page and turn notFound() into a 200. */}
      <Suspense fallback={<PageSkeleton label="Loading your links" rows={4} withHeading={false} />}>
        <Overview />
      </Suspense>
    </div>
  );
}

async function Overview() {
  const { tenant, role } = await getTenantContext();
  const now = new Date();
  const [health, backlog, members, invitations] = await Promise.all([
    listLinkHealth(tenant.id, now),
    getOutboxBacklog(tenant.id, now),
    listMembers(tenant.id),
    listPendingInvitations(tenant.id),
  ]);
  return (
    <>
      {health.length === 0 ? (
        <>
          <ConnectFirstCard tenantName={tenant.name} />
          {sandboxAvailable() && hasRole(role, "admin") ? <SandboxStartCard started={false} /> : null}
        </>
      ) : (
        <section aria-labelledby="links-heading" className="grid gap-4">
          <h2 id="links-heading" className="text-lg font-semibold">
            Your links
          </h2>
          {health.map((link) => (
            <LinkHealthCard key={link.id} health={link} now={now} />
          ))}
        </section>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <DeliveryCard backlog={backlog} now={now} />
        <TeamCard tenantName={tenant.name} members={members.length} invitations={invitations.length} canManage={hasRole(role, "admin")} />
      </div>
    </>
  );
}
