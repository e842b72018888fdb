"use client";

import { AlertTriangle, Boxes, Cable, FlaskConical, Home, KeyRound, Package, Plus, Settings, Users } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

const ICONS = { home: Home, settings: Settings, members: Users, orders: Package, products: Boxes, exceptions: AlertTriangle, links: Cable, connections: KeyRound, connect: Plus, sandbox: FlaskConical } as const;

export interface NavItem {
  href: string;
  label: string;
  icon: keyof typeof ICONS;
}

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  // The longest entry the path lies under: "/connect" stays dark on "/connections", "/settings" on "/settings/members".
  const matches = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  const activeHref = items.map((i) => i.href).filter(matches).sort((a, b) => b.length - a.length)[0];
  return (
    <ul className="grid gap-1">
      {items.map((item) => {
        const Icon = ICONS[item.icon];
        const active = item.href === activeHref;
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex items-center gap-2 rounded-md px-3 py-2 text-sm hover:bg-white/10 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                active && "bg-white/10 font-medium text-white",
              )}
            >
              <Icon className="size-4" aria-hidden />
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
