import { createContext, useContext } from 'react';
import type { Finding, ImplementationContent } from '@onetrip/core';
import type { ReferencedFile } from '../../api/implementations-api.ts';
import type { Proof } from '../../api/public-catalog-api.ts';

/** A request to show the place of a finding or error; `nonce` makes a repeated click a new request. */
export interface RevealRequest {
  path: string;
  nonce: number;
}

export interface EditorContextValue {
  /** Live findings by the anchor they are shown at (see finding-anchors.ts). */
  findingsByAnchor: ReadonlyMap<string, readonly Finding[]>;
  /** An inherited district implementation edits only its local elements. */
  isInherited: boolean;
  isEditable: (element: keyof ImplementationContent) => boolean;
  /** Names of the files the content refers to, by id (from the detail answer and this session's uploads). */
  files: Readonly<Record<string, ReferencedFile>>;
  addFile: (id: string, file: ReferencedFile) => void;
  proofs: readonly Proof[];
  isLocalItem: boolean;
  reveal: (path: string) => void;
  revealRequest: RevealRequest | null;
  /** Tells the live check about a change made through the form API (which fires no onValuesChange). */
  notifyChange: () => void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditorContext(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditorContext outside the implementation editor');
  return value;
}
