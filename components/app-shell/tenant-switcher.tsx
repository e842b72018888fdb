"use client";

import { Check, ChevronsUpDown, Plus } from "lucide-react";
import Link from "next/link";
import { useRef } from "react";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { switchTenantAction } from "@/lib/actions/tenant-actions";

export function TenantSwitcher({ current, tenants }: { current: { id: string; name: string }; tenants: { id: string; name: string; role: string }[] }) {
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const choose = (id: string) => {
    if (!form.current || !input.current || id === current.id) return;
    input.current.value = id;
    form.current.requestSubmit();
  };
  return (
    <>
      <form ref={form} action={switchTenantAction} hidden>
        <input ref={input} type="hidden" name="tenantId" />
      </form>
      <DropdownMenu>
        <DropdownMenuTrigger
          className="flex w-full items-center justify-between gap-2 rounded-md border border-white/10 bg-white/5 px-3 py-2 text-left text-sm hover:bg-white/10 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          aria-label={`Team: ${current.name}. Switch team`}
        >
          <span className="truncate font-medium">{current.name}</span>
          <ChevronsUpDown className="size-4 shrink-0 opacity-70" aria-hidden />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start">
          <DropdownMenuLabel>Your teams</DropdownMenuLabel>
          {tenants.map((t) => (
            <DropdownMenuItem key={t.id} onSelect={() => choose(t.id)}>
              <Check className={t.id === current.id ? "opacity-100" : "opacity-0"} aria-hidden />
              <span className="truncate">{t.name}</span>
              <span className="ml-auto text-xs text-muted-foreground">{t.role}</span>
            </DropdownMenuItem>
          ))}
          <DropdownMenuSeparator />
          <DropdownMenuItem asChild>
            <Link href="/welcome?new=1">
              <Plus aria-hidden /> New team
            </Link>
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
    </>
  );
}
