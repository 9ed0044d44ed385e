import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConnectionPresetGuide } from "@/components/docs/connection-preset-guide";
import { PRESET_GUIDES } from "@/components/docs/connection-preset-guides";
import { PRESET_NAMES, type ConnectionPreset } from "@/lib/accounts/connections/presets";
import { getConfig } from "@/lib/kernel/config/get-config";

type Props = { params: Promise<{ preset: string }> };

const presetOf = (value: string) =>
  (PRESET_NAMES as readonly string[]).includes(value) ? (value as ConnectionPreset) : null;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const preset = presetOf((await params).preset);
  return { title: preset ? PRESET_GUIDES[preset].title : "Not found" };
}

// One page per kind of identity provider (ARCHITECTURE.md "Federation").
export default async function ConnectionPresetPage({ params }: Props) {
  const preset = presetOf((await params).preset);
  if (!preset) notFound();
  return <ConnectionPresetGuide preset={preset} baseUrl={getConfig().NINKA_URL} />;
}
