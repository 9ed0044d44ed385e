import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

// A proxy's or load balancer's id is kept so that its logs and Ninka's line up, but only when it
// is a plain token: anything else (spaces, control characters, a kilobyte of text) could forge
// or break log lines, and is replaced.
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The id of one request: the incoming X-Request-Id when it is a sane token, else a new UUID. */
export function requestIdFrom(incoming: string | string[] | undefined): string {
  return typeof incoming === "string" && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}
