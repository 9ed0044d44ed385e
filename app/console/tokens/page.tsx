import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageLayout } from "@/components/ui/page-layout";
import { CreateTokenForm } from "@/components/personal-access-tokens/create-token-form";
import { TokenList } from "@/components/personal-access-tokens/token-list";
import { requireSessionActor } from "@/lib/delivery/console-session/session-user";
import { listTokens } from "@/lib/portal/personal-access-tokens/list-tokens";

export const metadata: Metadata = { title: "Personal access tokens" };

export default async function TokensPage() {
  const actor = await requireSessionActor("/console/tokens");
  const tokens = await listTokens(actor);
  return (
    <PageLayout
      title="Personal access tokens"
      description="Tokens let scripts, CI jobs and other tools call the Ninka REST API as you, with the scopes you choose. Treat them like passwords."
      gap="gap-8"
    >
      <Card>
        <h2 className="text-lg font-semibold">Create a token</h2>
        <CreateTokenForm />
      </Card>
      <section aria-labelledby="tokens-heading" className="flex flex-col gap-3">
        <h2 id="tokens-heading" className="text-lg font-semibold">
          Your tokens <span className="font-normal text-slate-500 dark:text-slate-400">({tokens.length})</span>
        </h2>
        <TokenList tokens={tokens} />
      </section>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Apps that register themselves use a different kind of token:{" "}
        <Link
          href="/console/registration-tokens"
          className="text-brand-700 underline underline-offset-2 dark:text-brand-100"
        >
          registration tokens
        </Link>
        .
      </p>
    </PageLayout>
  );
}
