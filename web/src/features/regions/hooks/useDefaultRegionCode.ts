import { useSession } from '../../auth/hooks/useSession.ts';

/** New departments, halls and staff start in the signed-in staff member's own region. */
export function useDefaultRegionCode(): string | undefined {
  const { principal } = useSession();
  return principal?.kind === 'staff' ? principal.regionCode : undefined;
}
