import { SectionNav } from "@/components/ui/section-nav";

// The sections of /admin (ARCHITECTURE.md "Administration").
const SECTIONS = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/apps", label: "Apps" },
  { href: "/admin/teams", label: "Teams" },
  { href: "/admin/reviews", label: "App review" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/settings", label: "Settings" },
  { href: "/admin/connections", label: "Connections" },
  { href: "/admin/keys", label: "Signing keys" },
];

export function AdminNav() {
  return <SectionNav label="Administration" sections={SECTIONS} />;
}
