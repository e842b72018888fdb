import Link from "next/link";
import { routes } from "@/lib/app-routes";
import type { FixPath } from "@/lib/exceptions-inbox/fix-paths";

/** The steps that fix a kind of problem, with a link to where the first one happens. */
export function FixPathSteps({ path, linkId }: { path: FixPath; linkId: string }) {
  const place =
    path.place === "link_mappings"
      ? { href: `${routes.link(linkId)}#mappings`, label: "Edit the link's mappings" }
      : path.place === "rejected_products"
        ? { href: `${routes.linkProducts(linkId)}?state=rejected`, label: "See the rejected products and the warehouse's reasons" }
        : path.place === "connection"
          ? { href: routes.connections, label: "Open the connections" }
          : null;
  return (
    <div className="grid gap-2 text-sm">
      <ol className="list-decimal space-y-0.5 pl-5">
        {path.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {place ? (
        <Link href={place.href} className="w-fit font-medium text-primary underline-offset-4 hover:underline">
          {place.label}
        </Link>
      ) : null}
    </div>
  );
}
