import { SectionNav } from "@/components/ui/section-nav";

// The account's own space, apart from the developer console's sections (as Google keeps its
// account pages apart from its Cloud console): who you are, how you sign in, which apps you let
// in, and what happened.
const SECTIONS = [
  { href: "/account", label: "Profile" },
  { href: "/account/security", label: "Security" },
  { href: "/account/apps", label: "Connected apps" },
  { href: "/account/activity", label: "Activity" },
];

export function AccountNav() {
  return <SectionNav label="Account" sections={SECTIONS} />;
}
