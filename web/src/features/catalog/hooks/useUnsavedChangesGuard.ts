import { useCallback } from 'react';
import { useBeforeUnload, useBlocker } from 'react-router';

/**
 * Holds navigation away from a page with unsaved changes: in-app navigation is blocked (the caller asks the user
 * with the returned blocker), and closing or reloading the tab gets the browser's own question.
 * `hasUnsavedChanges` is called at the moment of leaving, so it sees the latest form state.
 */
export function useUnsavedChangesGuard(hasUnsavedChanges: () => boolean) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search) && hasUnsavedChanges(),
  );
  useBeforeUnload(
    useCallback(
      (event: BeforeUnloadEvent) => {
        if (hasUnsavedChanges()) event.preventDefault();
      },
      [hasUnsavedChanges],
    ),
  );
  return blocker;
}
