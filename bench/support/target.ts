import type { ChildServer } from "./child-server";
import type { Account, AppClient } from "./oauth-flow";

// A server under test with the clients and the user the scenarios use. Ninka targets also carry
// the developer's personal access token (REST and console scenarios need Ninka's own pages).
export type TargetKind = "bare-memory" | "bare-sqlite" | "ninka";

export type Target = {
  kind: TargetKind;
  /** As the table shows it, e.g. "Ninka, SQLite". */
  label: string;
  database: "memory" | "sqlite" | "postgresql";
  server: ChildServer;
  issuer: string;
  account: Account;
  m2m: { clientId: string; secret: string };
  web: AppClient;
  spa: AppClient;
  pat?: string;
  /** Ninka only: another user, as the operator CLI creates one (scenario c signs each worker in as its own). */
  createAccount?(): Promise<Account>;
  /** Stops the server and removes its data. */
  close(): Promise<void>;
};
