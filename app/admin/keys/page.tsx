import type { Metadata } from "next";
import { RotateKeyButton } from "@/components/admin/signing-key-actions";
import { SigningKeyList } from "@/components/admin/signing-key-list";
import { Card } from "@/components/ui/card";
import { PageLayout } from "@/components/ui/page-layout";
import { requireAdminActor } from "@/lib/delivery/console-session/session-user";
import { listSigningKeys } from "@/lib/oauth-core/keys/list-signing-keys";
import { SIGNING_ALGS } from "@/lib/oauth-core/keys/signing-algorithms";

export const metadata: Metadata = { title: "Signing keys · Administration" };

export default async function AdminKeysPage() {
  const actor = await requireAdminActor(); // layouts do not guard a page rendered on its own
  const keys = await listSigningKeys(actor);
  return (
    <PageLayout
      title="Signing keys"
      description="The keys that sign ID tokens and API access tokens. Rotate publishes a next key; activate it once relying parties have fetched it. The old key stays published until every token it signed has expired, then is retired automatically."
      back={{ href: "/admin", label: "Administration" }}
    >
      <Card className="flex flex-wrap items-center gap-2">
        <h2 className="mr-auto text-lg font-semibold">Rotate</h2>
        {SIGNING_ALGS.map((alg) => (
          <RotateKeyButton key={alg} alg={alg} />
        ))}
      </Card>
      <SigningKeyList keys={keys} now={new Date()} />
    </PageLayout>
  );
}
