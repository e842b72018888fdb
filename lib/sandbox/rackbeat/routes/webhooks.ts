import { invalid, json, notFound, paged, readJson } from "../http";
import { newWebhookToken, renderWebhook } from "../webhook";
import type { Route } from "./context";

/** `GET/POST /api/webhooks`, `GET/PUT/DELETE /api/webhooks/{id}` [R5]. */
export const webhookRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^\/webhooks$/,
    handle: (ctx) => paged(ctx.url, "webhooks", [...ctx.store.webhooks.hooks.values()].sort((a, b) => a.id - b.id), (h) => renderWebhook(h, false)),
  },
  {
    method: "POST",
    pattern: /^\/webhooks$/,
    handle: async (ctx) => {
      const body = await readJson(ctx.request);
      if (!body.ok) return body.response;
      const b = body.value as { event?: unknown; url?: unknown; is_active?: unknown };
      const errors: Record<string, string[]> = {};
      if (typeof b.event !== "string" || b.event === "") errors.event = ["The event field is required."];
      if (typeof b.url !== "string" || !URL.canParse(b.url)) errors.url = ["The url must be a valid URL."];
      if (Object.keys(errors).length > 0) return invalid(errors);
      const now = ctx.store.now();
      const hooks = ctx.store.webhooks.hooks;
      const existing = [...hooks.values()].find((h) => h.event === b.event && h.url === b.url);
      if (existing) {
        // Same event and URL: updated, not duplicated, and the token is not shown again [R5].
        existing.is_active = b.is_active !== false;
        existing.updated_at = now;
        return json(200, { webhook: renderWebhook(existing, false) });
      }
      const hook = { id: ctx.store.nextId("webhook"), event: b.event as string, url: b.url as string, is_active: b.is_active !== false, token: newWebhookToken(), failures_since_last_success: 0, created_at: now, updated_at: now };
      hooks.set(hook.id, hook);
      return json(201, { webhook: renderWebhook(hook, true) });
    },
  },
  {
    method: "GET",
    pattern: /^\/webhooks\/(\d+)$/,
    handle: (ctx) => {
      const hook = ctx.store.webhooks.hooks.get(Number(ctx.params[0]));
      return hook ? json(200, { webhook: renderWebhook(hook, false) }) : notFound();
    },
  },
  {
    method: "DELETE",
    pattern: /^\/webhooks\/(\d+)$/,
    handle: (ctx) => (ctx.store.webhooks.hooks.delete(Number(ctx.params[0])) ? new Response(null, { status: 204 }) : notFound()),
  },
];
