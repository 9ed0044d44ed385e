"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { TeamRole } from "@/lib/kernel/actors/team-permissions";
import { ROLE_LABELS } from "./team-roles";

export type Workspace = { id: string; name: string; role: TeamRole };

const itemClass =
  "flex items-center justify-between gap-3 rounded px-3 py-2 text-sm text-slate-800 outline-none hover:bg-slate-100 focus-visible:bg-slate-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-500 aria-checked:font-semibold aria-checked:text-brand-700 dark:text-slate-200 dark:hover:bg-slate-800 dark:focus-visible:bg-slate-800 dark:aria-checked:text-brand-100";

/** The team whose pages are shown (/console/teams/<id>/…), if any. */
const teamOf = (pathname: string) => {
  const id = pathname.match(/^\/console\/teams\/([^/]+)/)?.[1];
  return id && !["new", "join"].includes(id) ? decodeURIComponent(id) : null;
};

/**
 * The console's workspace switcher (ARCHITECTURE.md "Teams"): Personal or one of the person's teams,
 * then all teams and "Create team". A menu button as the ARIA Authoring Practices describe it:
 * Enter, Space or the arrow keys open it, the arrows, Home and End move within, Escape closes and
 * returns to the button, Tab leaves; the workspace shown is the checked item.
 */
export function WorkspaceSwitcher({ teams }: { teams: Workspace[] }) {
  const pathname = usePathname();
  const currentId = teamOf(pathname);
  const current = teams.find((team) => team.id === currentId);
  // Open on the page it was opened on: moving to another page closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement | null>(null);
  // Which item takes the focus once the menu is in the page.
  const focusOnOpen = useRef<"first" | "last" | "checked">("checked");
  const menuId = useId();
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>("[role^=menuitem]") ?? [])];
  const focusItem = (index: number) => {
    const all = items();
    all[(index + all.length) % all.length]?.focus();
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const mountMenu = (node: HTMLDivElement | null) => {
    menu.current = node;
    if (!node) return;
    const checked = items().findIndex((item) => item.getAttribute("aria-checked") === "true");
    focusItem(focusOnOpen.current === "last" ? -1 : focusOnOpen.current === "checked" ? Math.max(checked, 0) : 0);
  };

  // A click anywhere else closes it.
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpenOn(null);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  const openWith = (focus: "first" | "last" | "checked") => {
    focusOnOpen.current = focus;
    setOpen(true);
  };
  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      openWith(event.key === "ArrowUp" ? "last" : "checked");
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const index = items().indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: -1 };
    if (event.key in moves) {
      event.preventDefault();
      focusItem(moves[event.key]!);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") {
      close(false);
    }
  };

  const workspaces = [
    { href: "/console", label: "Personal", detail: "Your own apps and APIs", checked: !currentId },
    ...teams.map((team) => ({
      href: `/console/teams/${encodeURIComponent(team.id)}`,
      label: team.name,
      detail: ROLE_LABELS[team.role],
      checked: team.id === currentId,
    })),
  ];
  return (
    <div className="relative min-w-0">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openWith("checked"))}
        onKeyDown={onButtonKey}
        data-testid="workspace-switcher"
        className="inline-flex max-w-48 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
      >
        <span className="sr-only">Workspace: </span>
        <span className="truncate">{current?.name ?? "Personal"}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0 fill-current text-slate-500">
          <path d="M5.5 7.5 10 12l4.5-4.5z" />
        </svg>
      </button>
      {/* The items do not prefetch: a link that appears with the menu and is chosen at once raced its
          own prefetch (Next.js 16), which now and then left the new page without its <title>. */}
      {open && (
        <div
          ref={mountMenu}
          id={menuId}
          role="menu"
          aria-label="Switch workspace"
          onKeyDown={onMenuKey}
          className="absolute right-0 z-40 mt-2 flex w-72 max-w-[calc(100vw-2rem)] flex-col gap-0.5 rounded-md sm:right-auto sm:left-0 border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {workspaces.map((workspace) => (
            <Link
              key={workspace.href}
              href={workspace.href}
              role="menuitemradio"
              prefetch={false}
              aria-checked={workspace.checked}
              tabIndex={-1}
              onClick={() => setOpen(false)}
              className={itemClass}
            >
              <span className="min-w-0 truncate">{workspace.label}</span>
              <span className="shrink-0 text-xs font-normal text-slate-600 dark:text-slate-400">
                {workspace.detail}
              </span>
            </Link>
          ))}
          <div role="separator" className="my-1 border-t border-slate-200 dark:border-slate-700" />
          <Link
            href="/console/teams"
            role="menuitem"
            prefetch={false}
            tabIndex={-1}
            onClick={() => setOpen(false)}
            className={itemClass}
          >
            All teams
          </Link>
          <Link
            href="/console/teams/new"
            role="menuitem"
            prefetch={false}
            tabIndex={-1}
            onClick={() => setOpen(false)}
            className={itemClass}
          >
            Create team
          </Link>
        </div>
      )}
    </div>
  );
}
