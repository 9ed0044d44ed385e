/** A team's page in the console (the workspace of its apps, APIs, members and activity). */
export const teamPath = (teamId: string) => `/console/teams/${encodeURIComponent(teamId)}`;
