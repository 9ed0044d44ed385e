import Database from "better-sqlite3";
import type { Adapter, AdapterPayload } from "oidc-provider";

// The smallest reasonable SQLite storage for oidc-provider: one table, the primary key plus the two
// lookups the provider makes (grant id, session uid), prepared statements reused, WAL as Ninka uses.
// Clients live in the same table (model "Client"), so every token request reads its client here.
export function sqliteAdapter(file: string): new (model: string) => Adapter {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec(`CREATE TABLE IF NOT EXISTS payload (model TEXT NOT NULL, id TEXT NOT NULL, payload TEXT NOT NULL,
      grant_id TEXT, uid TEXT, user_code TEXT, expires_at INTEGER, consumed_at INTEGER, PRIMARY KEY (model, id));
    CREATE INDEX IF NOT EXISTS payload_grant ON payload (grant_id);
    CREATE INDEX IF NOT EXISTS payload_uid ON payload (uid);`);
  const live = "(expires_at IS NULL OR expires_at > @now)";
  const sql = {
    upsert: db.prepare(`INSERT INTO payload VALUES (@model, @id, @payload, @grantId, @uid, @userCode, @expiresAt, NULL)
      ON CONFLICT (model, id) DO UPDATE SET payload = excluded.payload, grant_id = excluded.grant_id, uid = excluded.uid,
      user_code = excluded.user_code, expires_at = excluded.expires_at, consumed_at = NULL`),
    byId: db.prepare(`SELECT payload, consumed_at FROM payload WHERE model = @model AND id = @key AND ${live}`),
    byUid: db.prepare(`SELECT payload, consumed_at FROM payload WHERE model = @model AND uid = @key AND ${live}`),
    byUserCode: db.prepare(
      `SELECT payload, consumed_at FROM payload WHERE model = @model AND user_code = @key AND ${live}`,
    ),
    consume: db.prepare("UPDATE payload SET consumed_at = @now WHERE model = @model AND id = @id"),
    destroy: db.prepare("DELETE FROM payload WHERE model = @model AND id = @id"),
    revoke: db.prepare("DELETE FROM payload WHERE model = @model AND grant_id = @grantId"),
  };
  const now = () => Math.floor(Date.now() / 1000);
  type Row = { payload: string; consumed_at: number | null } | undefined;
  const read = (row: Row): AdapterPayload | undefined =>
    row && { ...(JSON.parse(row.payload) as AdapterPayload), ...(row.consumed_at && { consumed: row.consumed_at }) };

  return class SqliteAdapter implements Adapter {
    constructor(private readonly model: string) {}
    async upsert(id: string, payload: AdapterPayload, expiresIn: number) {
      const { grantId = null, uid = null, userCode = null } = payload;
      sql.upsert.run({
        model: this.model,
        id,
        payload: JSON.stringify(payload),
        grantId,
        uid,
        userCode,
        expiresAt: expiresIn ? now() + expiresIn : null,
      });
    }
    async find(key: string) {
      return read(sql.byId.get({ model: this.model, key, now: now() }) as Row);
    }
    async findByUid(key: string) {
      return read(sql.byUid.get({ model: this.model, key, now: now() }) as Row);
    }
    async findByUserCode(key: string) {
      return read(sql.byUserCode.get({ model: this.model, key, now: now() }) as Row);
    }
    async consume(id: string) {
      sql.consume.run({ model: this.model, id, now: now() });
    }
    async destroy(id: string) {
      sql.destroy.run({ model: this.model, id });
    }
    async revokeByGrantId(grantId: string) {
      sql.revoke.run({ model: this.model, grantId });
    }
  };
}
