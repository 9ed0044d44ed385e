// The acting user every domain function takes: from the console session or from a personal
// access token. Domain functions scope their queries by `actor.id`.
export type Actor = {
  id: string;
  email: string;
  name: string;
  // Present when the request is authenticated by a personal access token.
  tokenScopes?: string[];
  // Present (true) for an instance administrator signed in to the console: the navigation shows Admin.
  isAdmin?: boolean;
  // Present for a console session: the uid of the Ninka (provider) session it came from, which
  // survives oidc-provider re-keying the session (ARCHITECTURE.md "What ends when"). Step-up
  // checks read that session's record; a token-authenticated actor has none.
  session?: { uid: string };
  // Present (true) for a console session whose address is not verified yet: every page says so.
  unverified?: boolean;
};
