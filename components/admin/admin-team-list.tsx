import { Alert } from "@/components/ui/alert";
import { DateTime } from "@/components/ui/date-time";
import { DetailItem } from "@/components/ui/detail-item";
import { EmptyState } from "@/components/ui/empty-state";
import { ListCard, ListCardItem } from "@/components/ui/list-card";
import type { AnyActor } from "@/lib/kernel/actors/any-actor";
import { SEARCH_REFUSAL, unlessSearchRefused } from "@/lib/kernel/validation/search-refusal";
import { listAllTeams } from "@/lib/portal/admin/list-all-teams";
import { AdminPager } from "./admin-search";
import { ResultHeading } from "./result-heading";

type Team = Awaited<ReturnType<typeof listAllTeams>>["teams"][number];
type Query = { q?: string; cursor?: string };
const href = (query: Query) => `/admin/teams?${new URLSearchParams(query as Record<string, string>)}`;

/**
 * /admin/teams' results for the search `q`, a page at a time after `cursor`: how many there are
 * (without a search), the teams, and the links to the newest and the next page.
 */
export async function AdminTeamResults({ actor, q, cursor }: { actor: AnyActor } & Query) {
  const result = await unlessSearchRefused(listAllTeams(actor, { q: q || undefined, cursor: cursor || undefined }));
  if (!result) return <Alert tone="error">{SEARCH_REFUSAL}</Alert>;
  const search = q ? { q } : {};
  return (
    <>
      {result.total !== null && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {result.total} team{result.total === 1 ? "" : "s"}.
        </p>
      )}
      <AdminTeamList teams={result.teams} searched={!!q} />
      <AdminPager
        firstHref={cursor ? href(search) : null}
        nextHref={result.nextCursor ? href({ ...search, cursor: result.nextCursor }) : null}
      />
    </>
  );
}

/** The teams themselves: name (a link to the team's admin page) and slug, its first owners, and what it has. */
function AdminTeamList({ teams, searched }: { teams: Team[]; searched: boolean }) {
  if (teams.length === 0)
    return searched ? (
      <EmptyState title="No teams found">Try another name or slug, or the team&rsquo;s whole id.</EmptyState>
    ) : (
      <EmptyState title="No teams yet">Teams developers create in the console appear here.</EmptyState>
    );
  return (
    <ListCard label="Teams">
      {teams.map((team) => (
        <ListCardItem
          key={team.id}
          label={team.name}
          heading={
            <ResultHeading
              name={team.name}
              nameBreak="break-words"
              href={`/admin/teams/${encodeURIComponent(team.id)}`}
              badges={null}
              detail={team.slug}
              mono
            />
          }
          detailsClassName="grid-cols-2 sm:grid-cols-5"
        >
          <DetailItem label="Owners" className="col-span-2 sm:col-span-1">
            {team.owners.length ? (
              team.owners.map((email) => (
                <span key={email} className="block truncate" title={email}>
                  {email}
                </span>
              ))
            ) : (
              <>None</>
            )}
          </DetailItem>
          <DetailItem label="Members">{team.members}</DetailItem>
          <DetailItem label="Apps">{team.apps}</DetailItem>
          <DetailItem label="APIs">{team.apis}</DetailItem>
          <DetailItem label="Created">
            <DateTime value={team.createdAt} />
          </DetailItem>
        </ListCardItem>
      ))}
    </ListCard>
  );
}
