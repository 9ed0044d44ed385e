import type { Metadata } from "next";
import { AppPage } from "@/components/clients/app-page";
import { ClientOverview } from "@/components/clients/client-overview";
import { ReviewPanel } from "@/components/reviews/review-panel";
import { requireOwnClient } from "@/lib/delivery/console-session/require-own-client";
import { getAppReview } from "@/lib/portal/reviews/get-app-review";
import { getIssuerEndpoints } from "@/lib/provider/oidc/endpoints";

export const metadata: Metadata = { title: "App overview" };

type Props = { params: Promise<{ id: string }> };

// The app page's first tab: where to point a library, and whether people may use the app yet.
export default async function ClientOverviewPage({ params }: Props) {
  const { id } = await params;
  const { actor, client, rights } = await requireOwnClient(id);
  const review = await getAppReview(actor, id);
  return (
    <AppPage actor={actor} client={client} rights={rights} tab="overview">
      <ClientOverview client={client} endpoints={getIssuerEndpoints()} />
      <ReviewPanel clientId={id} review={review} readOnly={!rights.can["apps.write"]} />
    </AppPage>
  );
}
