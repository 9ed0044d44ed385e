import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { RotateKeyButton } from "@/components/admin/signing-key-actions";
import { SigningKeyList } from "@/components/admin/signing-key-list";
import { Card } from "@/components/ui/card";
import { SIGNING_ALGS } from "@/lib/oauth-core/keys/signing-algorithms";

export const metadata: Metadata = { title: "Signing keys · Administration" };

export default function AdminKeysPage() {
  return (
    <AdminPage
      title="Signing keys"
      description="The keys that sign ID tokens and API access tokens. Rotate publishes a next key; activate it once relying parties have fetched it. The old key stays published until every token it signed has expired, then is retired automatically."
    >
      {(admin) => (
        <>
          <Card className="flex flex-wrap items-center gap-2">
            <h2 className="mr-auto text-lg font-semibold">Rotate</h2>
            {SIGNING_ALGS.map((alg) => (
              <RotateKeyButton key={alg} alg={alg} />
            ))}
          </Card>
          <SigningKeyList actor={admin} />
        </>
      )}
    </AdminPage>
  );
}
