import { WEBHOOK_EVENTS, type WebhookEvent } from "../catalog";
import { invalid, missing, notFound, ok, readObject, str } from "../http";
import { route } from "../router";

const isEvent = (name: string | undefined): name is WebhookEvent => (WEBHOOK_EVENTS as readonly string[]).includes(name ?? "");

export const webhookRoutes = [
  /**
   * `POST /webhook/:event { payload, token, email }` registers or replaces the hook of that event
   * and answers `{ mode, event, payload, token, mail }` [M1]. The apidoc names the address field
   * `email` but its example sends `mail`; both are accepted.
   */
  route("POST", "/webhook/:event", async (ctx) => {
    const event = ctx.params.event;
    if (!isEvent(event)) return invalid("event", event, `unknown event ${event}`);
    const body = await readObject(ctx.request);
    if (!body) return invalid("body", undefined, "body must be a JSON object");
    const payload = str(body.payload);
    const token = str(body.token);
    if (!payload) return missing("payload");
    if (!token) return missing("token");
    try {
      new URL(payload);
    } catch {
      return invalid("payload", payload, "payload must be a URL");
    }
    const mode = ctx.shop.webhooks.has(event) ? "update" : "create";
    const mail = str(body.email) ?? str(body.mail) ?? "";
    ctx.shop.webhooks.set(event, { event, payload, token, mail, failures: 0 });
    return ok({ mode, event, payload, token, mail });
  }),

  /** `GET /webhook` → `{ hooks: [{ payload, token, event }] }`; the plugin also uses it to test a key [M1][M2]. */
  route("GET", "/webhook", (ctx) =>
    ok({ hooks: [...ctx.shop.webhooks.values()].map((h) => ({ payload: h.payload, token: h.token, event: h.event })) }),
  ),

  route("DELETE", "/webhook/:event", (ctx) => {
    const event = ctx.params.event;
    if (!isEvent(event) || !ctx.shop.webhooks.delete(event)) return notFound("event", event, "webhook not registered");
    return ok();
  }),
];
