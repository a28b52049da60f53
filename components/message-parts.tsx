import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/utils/browser/i18n';
import { splitPlaceholders } from '@/utils/i18n/messages';

// A message with markup where its placeholders stand ("Story found: <strong>…</strong>"): each language puts the
// pieces in its own order, so the sentence is never built from English fragments around them.

const RAW = ['$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9'];

/** The message `key` as text and `parts` (elements or strings) in its placeholders' places. */
export function tParts(key: MessageKey, parts: ComponentChildren[]): ComponentChildren[] {
  return splitPlaceholders(t(key, RAW)).map((p) => (typeof p === 'number' ? parts[p] : p));
}
