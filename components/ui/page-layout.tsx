import type { ComponentProps, ReactNode } from "react";
import { PageHeader } from "./page-header";

type Props = ComponentProps<typeof PageHeader> & {
  children: ReactNode;
  /** Room between the header and the sections: "gap-8" for pages of few, large sections. */
  gap?: "gap-6" | "gap-8";
};

/** A console page: its header (title, description, back link, action), then its sections in one column. */
export function PageLayout({ children, gap = "gap-6", ...header }: Props) {
  return (
    <div className={`flex flex-col ${gap}`}>
      <PageHeader {...header} />
      {children}
    </div>
  );
}
