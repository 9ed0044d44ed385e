// What the hot path runs (ARCHITECTURE.md "Data", "The one exception to Prisma"): one interface,
// one statement table per dialect (sqlite-statements.ts, postgresql-statements.ts), each in
// Prisma's storage formats for that database.

/** One oidc-provider payload with the lookup columns copied out (table OidcPayload). */
export type PayloadRow = {
  model: string;
  id: string;
  payload: object;
  grantId: string | null;
  clientId: string | null;
  accountId: string | null;
  userCode: string | null;
  uid: string | null;
  expiresAt: Date | null;
};

/** The upsert's parameters in its column order, with the expiry in the database's time format. */
export function upsertPayloadParameters(row: PayloadRow, time: (at: Date) => string): unknown[] {
  const { model, id, payload, grantId, clientId, accountId, userCode, uid, expiresAt } = row;
  const expires = expiresAt ? time(expiresAt) : null;
  return [model, id, JSON.stringify(payload), grantId, clientId, accountId, userCode, uid, expires];
}

/** The columns a payload is found by: its id (the key), an interaction's uid, a device user code. */
export type PayloadKey = "id" | "uid" | "userCode";

/** A stored payload and when it was consumed (epoch seconds), if it was. */
export type StoredPayload = { payload: object; consumed: number | null };

/** What an ID token and userinfo say about an account (lib/provider/oidc/find-account.ts); updatedAt in epoch seconds. */
export type AccountClaimsRow = { id: string; email: string; name: string; emailVerified: boolean; updatedAt: number };

type Awaitable<T> = T | Promise<T>;

/** The hot path's statements on one database; better-sqlite3 answers synchronously, pg does not. */
export interface HotPathStatements {
  /** The clients' cache version (lib/portal/clients/provider-client-cache.ts), undefined when its row is missing. */
  readClientsVersion(): Awaitable<number | undefined>;
  upsertPayload(row: PayloadRow): Awaitable<void>;
  /** The payload of `model` by `key` unless it expired by `now`. */
  findPayload(model: string, key: PayloadKey, value: string, now: Date): Awaitable<StoredPayload | undefined>;
  /** Sets consumedAt to `at` unless it is set already. */
  consumePayload(model: string, id: string, at: Date): Awaitable<void>;
  /** An enabled account's claims. */
  findAccountClaims(id: string): Awaitable<AccountClaimsRow | undefined>;
  /** One InstanceSetting's stored text. */
  readSettingValue(name: string): Awaitable<string | null>;
  close(): void;
}
