/**
 * Topics and their entities, as the rest of the extension names them. Defined beside topic
 * detection (utils/topics/index.ts) until the engine folders move under utils/engine/; type-only.
 */
export type { Entity, EntityKind, Topic } from '../topics/index';
