import { Cable } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { routes } from "@/lib/app-routes";

/** Home before the first link: what Lagerbro does, and the one next step. */
export function ConnectFirstCard({ tenantName }: { tenantName: string }) {
  return (
    <Card className="border-primary/30" data-testid="connect-first">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Cable className="size-4" aria-hidden /> Connect your shop and your warehouse
        </CardTitle>
        <CardDescription>
          Lagerbro sends every order from your shop to your 3PL&apos;s warehouse, follows its status and writes the tracking number back. No shop or warehouse is
          connected to {tenantName} yet.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Button asChild>
          <Link href={routes.connect}>Connect a shop and a warehouse</Link>
        </Button>
      </CardContent>
    </Card>
  );
}
