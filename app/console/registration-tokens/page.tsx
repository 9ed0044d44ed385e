import type { Metadata } from "next";
import { CreateRegistrationTokenForm } from "@/components/registration-tokens/create-registration-token-form";
import { RegistrationTokenList } from "@/components/registration-tokens/registration-token-list";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-field";
import { PageLayout } from "@/components/ui/page-layout";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { getDcrPolicy } from "@/lib/accounts/settings/dcr-policy";
import { listRegistrationTokens } from "@/lib/portal/registration-tokens/manage-registration-tokens";
import { getIssuerEndpoints, OIDC_ROUTES } from "@/lib/provider/oidc/endpoints";

export const metadata: Metadata = { title: "Registration tokens" };

// Initial access tokens serve the `token` policy, and under `open` still make the app the developer's
// (ARCHITECTURE.md "Dynamic registration").
export default async function RegistrationTokensPage() {
  const actor = await requireSessionActor("/console/registration-tokens");
  const [{ mode }, { registration_tokens: tokens }] = await Promise.all([
    getDcrPolicy(),
    listRegistrationTokens(actor),
  ]);
  return (
    <PageLayout
      title="Registration tokens"
      description="An app holding one of these initial access tokens can register itself (RFC 7591) and then shows among your apps, marked “Registered itself”."
      gap="gap-8"
    >
      {mode === "off" ? (
        <Alert tone="info">
          This instance does not let apps register themselves with a token, so you cannot create registration tokens
          here. An administrator can change that in the instance settings.
        </Alert>
      ) : (
        <>
          <Card className="flex flex-col gap-4">
            <CopyField
              label="Registration endpoint"
              value={`${getIssuerEndpoints().issuer}${OIDC_ROUTES.registration}`}
              copyLabel="Copy endpoint"
            />
            <h2 className="text-lg font-semibold">Create a token</h2>
            <CreateRegistrationTokenForm />
          </Card>
          <section aria-labelledby="registration-tokens-heading" className="flex flex-col gap-3">
            <h2 id="registration-tokens-heading" className="text-lg font-semibold">
              Your registration tokens{" "}
              <span className="font-normal text-slate-500 dark:text-slate-400">({tokens.length})</span>
            </h2>
            <RegistrationTokenList tokens={tokens} />
          </section>
        </>
      )}
    </PageLayout>
  );
}
