import { env } from "@/lib/env";

// For `npm run bench:webhooks` only: the same path depth and body reading as the intake, and
// nothing else, so the bench can show what the intake itself costs. 404 in production.
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  if (env().LAGERBRO_ENV === "production") return Response.json({ error: "not_found" }, { status: 404 });
  await request.arrayBuffer();
  return Response.json({ ok: true });
}
