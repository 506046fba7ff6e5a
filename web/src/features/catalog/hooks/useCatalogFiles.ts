import { useMutation, useQuery } from '@tanstack/react-query';
import { catalogFileKeys, fetchCatalogFile, uploadCatalogFile } from '../api/catalog-files-api.ts';

/** Uploads a blank form or sample; the answer's id goes into the content. */
export function useUploadCatalogFile() {
  return useMutation({ mutationFn: uploadCatalogFile });
}

/**
 * The name and size of a referenced file the implementation detail did not describe (an older server answers without
 * `files`). Not asked when already known; a file the server cannot describe shows by its id.
 */
export function useCatalogFileInfo(id: string | null | undefined, isKnown: boolean) {
  return useQuery({
    queryKey: catalogFileKeys.file(id ?? ''),
    queryFn: ({ signal }) => fetchCatalogFile(id ?? '', signal),
    enabled: Boolean(id) && !isKnown,
    retry: false,
    staleTime: Infinity,
  });
}
