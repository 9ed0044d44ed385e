import type { apiClient } from "./api-fixtures";
import { publisherApi } from "./register-web-app";
import { useBeforeAll } from "./use-before-all";

/** The REST API as a fresh developer with the default token (made before the file's tests). */
export function usePublisherApi(server: () => { url: string }): ReturnType<typeof apiClient> {
  const api = useBeforeAll(() => publisherApi(server().url));
  return (...request) => api()(...request);
}
