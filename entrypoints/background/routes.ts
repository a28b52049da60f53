import type { MessageType } from '@/utils/messages';
import { coverageRoutes } from './coverage';
import { highlightRoutes } from './highlights';
import { pageRoutes } from './page';
import { createRouter } from './router';
import { storyRoutes } from './stories';

// The domains' tables, joined: every message the background receives is routed by one of them (router.ts).

export const routeTables = [highlightRoutes, storyRoutes, pageRoutes, coverageRoutes] as const;

// A message type declared in utils/messages.ts without a route in one of the tables fails to compile here.
type KeysOf<T> = T extends unknown ? keyof T : never;
type Unrouted = Exclude<MessageType, KeysOf<(typeof routeTables)[number]>>;
const _everyMessageRouted: [Unrouted] extends [never] ? true : Unrouted = true;

/** The background's message listener. */
export const handleMessage = createRouter(...routeTables);
