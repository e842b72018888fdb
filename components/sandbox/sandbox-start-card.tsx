import { FlaskConical } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { StartSandboxButton } from "./start-sandbox-button";

/** "Try it with the sandbox": for Home's empty state and the connect page. */
export function SandboxStartCard({ started }: { started: boolean }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <FlaskConical className="size-4" aria-hidden /> Try it with the sandbox
        </CardTitle>
        <CardDescription>
          No accounts needed: Lagerbro connects a practice plentymarkets shop to a practice wemalo warehouse, places three orders, and lets you play the warehouse, up to the tracking number in the shop.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {started ? (
          <Button asChild variant="outline">
            <Link href="/try">Open your sandbox</Link>
          </Button>
        ) : (
          <StartSandboxButton />
        )}
      </CardContent>
    </Card>
  );
}
