import Link from "next/link";
import { Button } from "@/components/ui/button";
import { routes } from "@/lib/app-routes";

export default function OrderNotFound() {
  return (
    <div className="flex flex-col items-start gap-3 rounded-lg border border-border bg-card p-6">
      <h1 className="text-xl font-semibold">Order not found</h1>
      <p className="text-sm text-muted-foreground">There is no such order in this team. It may belong to another team: switch teams in the menu to see its orders.</p>
      <Button asChild variant="outline">
        <Link href={routes.orders}>All orders</Link>
      </Button>
    </div>
  );
}
