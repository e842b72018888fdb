import type { ReactNode } from "react";
import { Logo } from "./logo";
import { NavLinks, type NavItem } from "./nav-links";
import { TenantSwitcher } from "./tenant-switcher";
import { UserMenu } from "./user-menu";

export interface AppShellProps {
  user: { name: string | null; email: string };
  tenant: { id: string; name: string };
  tenants: { id: string; name: string; role: string }[];
  nav: NavItem[];
  children: ReactNode;
}

/** One look across the app: the sidebar with the team switcher, the header with the user menu, the content. */
export function AppShell({ user, tenant, tenants, nav, children }: AppShellProps) {
  return (
    <div className="flex min-h-screen flex-col md:flex-row">
      {/* The aside stretches to the page's height; its content stays in view while the page scrolls. */}
      <aside className="bg-sidebar text-sidebar-foreground md:w-64 md:shrink-0">
        <div className="flex flex-col gap-4 p-4 md:sticky md:top-0">
          <Logo className="px-1 text-white" />
          <TenantSwitcher current={tenant} tenants={tenants} />
          <nav aria-label="Main">
            <NavLinks items={nav} />
          </nav>
        </div>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-14 items-center justify-end border-b border-border bg-background px-4 md:px-6">
          <UserMenu name={user.name} email={user.email} />
        </header>
        <main className="mx-auto w-full max-w-5xl flex-1 p-4 md:p-6">{children}</main>
      </div>
    </div>
  );
}
