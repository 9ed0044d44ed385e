import type { Db } from "@/lib/kernel/db/client";

// What the lifecycle functions need of a transaction: every one of them runs inside the caller's
// `db.$transaction`, so an event and everything it ends commit together or not at all.
export type LifecycleTx = Pick<
  Db,
  | "oidcPayload"
  | "sessionDevice"
  | "personalAccessToken"
  | "emailToken"
  | "clientSecret"
  | "client"
  | "backchannelLogout"
>;
