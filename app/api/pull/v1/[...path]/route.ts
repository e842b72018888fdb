import { notAnEndpoint } from "@/lib/pull-api";

/** Any other path under the Pull API answers JSON 404, never Next's HTML page. */
export { notAnEndpoint as GET, notAnEndpoint as POST, notAnEndpoint as PUT, notAnEndpoint as PATCH, notAnEndpoint as DELETE };
