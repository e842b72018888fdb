import type { CredentialFieldDescriptor } from "@/lib/connectors";
import type { PartnerErrorKind, PartnerErrorReason } from "@/lib/http/errors";

export interface TestFailure {
  kind: PartnerErrorKind;
  reason?: PartnerErrorReason;
  status?: number;
  message: string;
}

export interface Explanation {
  /** One sentence: what is wrong. */
  title: string;
  /** What to do about it, and the partner's own words. */
  detail: string;
  /** The form field most likely at fault, to mark and focus. */
  field?: string;
}

/**
 * Says in a merchant's words why a connection test failed: a refused login, an address that does
 * not answer or is not the partner's API, missing rights, or a setting the partner does not know.
 */
export function explainTestFailure(partner: string, failure: TestFailure, fields: CredentialFieldDescriptor[]): Explanation {
  const secret = fields.find((f) => f.secret);
  const secretField = secret?.key;
  const urlField = fields.find((f) => f.input === "url")?.key;
  const said = `${partner} said: ${failure.message}`;
  switch (failure.reason) {
    case "credentials_rejected":
      if (failure.status === 403) {
        return {
          title: `The login works, but the user lacks rights in ${partner}.`,
          detail: `Give this user the API rights Lagerbro needs (orders, shipping, stock), then test again. ${said}`,
        };
      }
      return {
        title: `${partner} refused the login: the password or key is wrong.`,
        detail: `Check ${fields.some((f) => /user/i.test(f.key)) ? "the user name and " : ""}the ${(secret?.label ?? "password").toLowerCase()} for typing errors, then test again. ${said}`,
        field: secretField,
      };
    case "network":
    case "timeout":
      return {
        title: `We could not reach ${partner} at that address.`,
        detail: `Check the URL: it must be the address of your ${partner} system, reachable from the internet. ${said}`,
        field: urlField,
      };
    case "unsafe_url":
      return {
        title: "That address points into a private network.",
        detail: `Lagerbro only calls public addresses. Use the public URL of your ${partner} system.`,
        field: urlField,
      };
    case "not_found":
    case "malformed_response":
      return {
        title: `Something answered at that address, but it is not a ${partner} API.`,
        detail: `Check the URL, without extra paths. ${said}`,
        field: urlField,
      };
    case "server_error":
    case "rate_limited":
    case "budget_exhausted":
      return { title: `${partner} is busy or having trouble right now.`, detail: `Nothing is wrong with your entries as far as we can tell. Try again in a minute. ${said}` };
    case "rejected":
      return { title: `${partner} accepted the login but refused a setting.`, detail: said };
    default:
      return { title: `The test against ${partner} failed.`, detail: said };
  }
}
