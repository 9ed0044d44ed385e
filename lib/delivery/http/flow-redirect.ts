// A 303 to `location` setting `cookies`: the answer of each step of a federated sign-in.
export function flowRedirect({ location, cookies }: { location: string; cookies: string[] }): Response {
  const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
  for (const cookie of cookies) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
}

export const isSecureRequest = (request: Request) => new URL(request.url).protocol === "https:";
