import { Warehouse } from "lucide-react";
import { cn } from "@/lib/utils";

export function Logo({ className }: { className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2 text-lg font-semibold tracking-tight", className)}>
      <Warehouse className="size-5" aria-hidden />
      Lagerbro
    </span>
  );
}
