import { handleWebhook } from "@/lib/webhooks/intake";

// Partners' webhooks: /api/webhooks/<endpoint token>. Everything lives in lib/webhooks/intake.ts.
export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  return handleWebhook(token, request);
}
