import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell/app-shell";
import type { NavItem } from "@/components/app-shell/nav-links";
import { env } from "@/lib/env";
import { getTenantContext } from "@/lib/session/current";
import { hasRole } from "@/lib/tenancy/roles";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const { user, tenant, tenants, role } = await getTenantContext();
  const nav: NavItem[] = [
    { href: "/", label: "Overview", icon: "home" },
    { href: "/orders", label: "Orders", icon: "orders" },
    { href: "/products", label: "Products", icon: "products" },
    { href: "/exceptions", label: "Problems", icon: "exceptions" },
    { href: "/links", label: "Links", icon: "links" },
    { href: "/connections", label: "Connections", icon: "connections" },
  ];
  if (hasRole(role, "admin")) nav.push({ href: "/connect", label: "Connect", icon: "connect" });
  if (env().SANDBOX_ENABLED) nav.push({ href: "/try", label: "Sandbox", icon: "sandbox" });
  if (hasRole(role, "admin")) {
    nav.push({ href: "/settings", label: "Team settings", icon: "settings" }, { href: "/settings/members", label: "Members", icon: "members" });
  }
  return (
    <AppShell user={user} tenant={tenant} tenants={tenants} nav={nav}>
      {children}
    </AppShell>
  );
}
