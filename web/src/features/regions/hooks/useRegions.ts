import { useMemo } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createRegion, deleteRegion, fetchRegions, regionKeys, renameRegion, type Region } from '../api/regions-api.ts';

export interface RegionNode {
  region: Region;
  children: RegionNode[];
}

/** Builds the tree from the flat list; a region whose parent is outside the caller's scope becomes a root. */
export function buildRegionTree(regions: readonly Region[]): RegionNode[] {
  const nodes = new Map<string, RegionNode>();
  for (const region of regions) nodes.set(region.code, { region, children: [] });
  const roots: RegionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.region.parentCode ? nodes.get(node.region.parentCode) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: RegionNode[]) => {
    list.sort((a, b) => a.region.code.localeCompare(b.region.code));
    for (const node of list) sort(node.children);
  };
  sort(roots);
  return roots;
}

export function useRegions() {
  const query = useQuery({ queryKey: regionKeys.all, queryFn: ({ signal }) => fetchRegions(signal), staleTime: 5 * 60_000 });
  const items = query.data?.items;
  const tree = useMemo(() => buildRegionTree(items ?? []), [items]);
  const byCode = useMemo(() => new Map((items ?? []).map((region) => [region.code, region])), [items]);
  return { ...query, regions: items ?? [], tree, byCode };
}

function useInvalidateRegions() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: regionKeys.all });
}

export function useCreateRegion() {
  const invalidate = useInvalidateRegions();
  return useMutation({ mutationFn: createRegion, onSuccess: invalidate });
}

export function useRenameRegion() {
  const invalidate = useInvalidateRegions();
  return useMutation({ mutationFn: renameRegion, onSuccess: invalidate });
}

export function useDeleteRegion() {
  const invalidate = useInvalidateRegions();
  return useMutation({ mutationFn: deleteRegion, onSuccess: invalidate });
}
