import type { Metadata } from "next";
import { ProtectApiGuide } from "@/components/docs/protect-api-guide";

export const metadata: Metadata = { title: "Protect your API" };

export default function ProtectYourApiPage() {
  return <ProtectApiGuide />;
}
