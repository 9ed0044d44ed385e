import type { Metadata } from "next";
import { AppPage } from "@/components/clients/app-page";
import { AppUsageCard } from "@/components/insights/app-usage-card";
import { requireOwnClient } from "@/lib/delivery/console-session/require-own-client";

export const metadata: Metadata = { title: "App usage" };

type Props = { params: Promise<{ id: string }> };

export default async function ClientUsagePage({ params }: Props) {
  const { id } = await params;
  const { actor, client, rights } = await requireOwnClient(id, "/usage");
  return (
    <AppPage actor={actor} client={client} rights={rights} tab="usage">
      <AppUsageCard actor={actor} clientId={id} />
    </AppPage>
  );
}
