import "server-only";
import { z } from "zod";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { recordAppEvent } from "@/lib/kernel/audit/record-audit-event";
import { getConfig } from "@/lib/kernel/config/get-config";
import { getDb } from "@/lib/kernel/db/client";
import { DomainError } from "@/lib/kernel/errors";
import { revokeClientSecrets } from "@/lib/accounts/lifecycle/revoke-client-tokens";
import { describeError, log } from "@/lib/kernel/log";
import { getInstanceName } from "@/lib/accounts/settings/instance-name";
import { sendInstanceMail } from "@/lib/accounts/settings/send-instance-mail";
import { assertAdmin } from "@/lib/kernel/actors/assert-admin";
import { emailSchema } from "@/lib/accounts/users/schemas";
import { parseOrThrow } from "@/lib/kernel/validation/parse-or-throw";

const transferSchema = z.object({
  clientId: z.string().trim().min(1, { error: "Enter the client ID." }).max(200),
  email: emailSchema,
  // The previous owner may still hold the secrets: they go unless the administrator keeps them.
  revokeSecrets: z.boolean().default(true),
});

/**
 * Gives an app to another user (admins only), from a person, a team or nobody: from now on only the
 * new owner sees and manages it;
 * its client ID, tokens and consent stay. Its secrets are revoked unless `revokeSecrets` is false
 * (ARCHITECTURE.md "What ends when"). Recorded with both owners and mailed to both.
 */
export async function transferClient(actor: AnyActor, input: unknown) {
  const { clientId, email, revokeSecrets } = parseOrThrow(transferSchema, input);
  const moved = await getDb().$transaction(async (tx) => {
    await assertAdmin(tx, actor);
    const client = await tx.client.findUnique({
      where: { id: clientId },
      select: {
        id: true,
        name: true,
        ownerId: true,
        teamId: true,
        owner: { select: { email: true } },
        team: { select: { name: true } },
      },
    });
    if (!client) throw new DomainError("NOT_FOUND", "No such app.");
    const to = await tx.user.findUnique({ where: { email }, select: { id: true, email: true } });
    if (!to) throw DomainError.field("email", `No account uses ${email}.`);
    if (to.id === client.ownerId) throw DomainError.field("email", `${email} already owns this app.`);
    await tx.client.update({ where: { id: client.id }, data: { ownerId: to.id, teamId: null } });
    const secretsRevoked = revokeSecrets ? await revokeClientSecrets(tx, client.id) : 0;
    await recordAppEvent(
      tx,
      actor,
      "app.transferred",
      // The team it leaves sees it go in its feed (ARCHITECTURE.md "Teams").
      { clientId: client.id, userId: to.id, teamId: client.teamId },
      // An app registered under the `open` policy has no previous owner.
      { from: client.owner?.email ?? client.team?.name ?? null, to: to.email, secretsRevoked },
    );
    return {
      clientId: client.id,
      name: client.name,
      to: to.email,
      from: client.owner?.email ?? null,
      secretsRevoked,
      secretsKept: !revokeSecrets,
    };
  });
  await mailOwners(moved);
  return { clientId: moved.clientId, name: moved.name, to: moved.to, secretsRevoked: moved.secretsRevoked };
}

/** Both owners hear of the move and what it did to the secrets; neither learns the other's address. */
async function mailOwners(moved: {
  clientId: string;
  name: string;
  to: string;
  from: string | null;
  secretsRevoked: number;
  secretsKept: boolean;
}) {
  const url = `${getConfig().NINKA_URL}/console/clients/${encodeURIComponent(moved.clientId)}`;
  const instance = await getInstanceName();
  const secrets = moved.secretsKept
    ? "Its client secrets were kept, so whoever held them can still use them until they are revoked."
    : `Its client secrets were revoked (${moved.secretsRevoked}); the app needs a new one from its Credentials page.`;
  const mails = [
    ...(moved.from
      ? [
          {
            to: moved.from,
            subject: `${moved.name} was moved to another account`,
            intro: `An administrator moved your app ${moved.name} to another ${instance} account; you no longer manage it. ${secrets}`,
          },
        ]
      : []),
    {
      to: moved.to,
      subject: `${moved.name} is now yours`,
      intro: `An administrator moved the app ${moved.name} to your ${instance} account. ${secrets}`,
      action: { label: "Open the app", url },
    },
  ];
  for (const mail of mails) {
    await sendInstanceMail(() => mail).catch((error: unknown) =>
      log.warn("Transfer notice could not be mailed", { error: describeError(error) }),
    );
  }
}
