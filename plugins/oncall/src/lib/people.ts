import { Entity, parseEntityRef } from '@backstage/catalog-model';

/** Catalog entities of people and teams by entity ref; `undefined` for refs not in the catalog. */
export type People = ReadonlyMap<string, Entity | undefined>;

/** A way to reach a person, from their catalog entity. */
export interface ContactLink {
  /** What the link shows: the e-mail address, or the link's title. */
  label: string;
  url: string;
  /** `email` for the profile's address, otherwise the link's `type` (e.g. `chat`), if any. */
  type?: string;
}

/**
 * The name a person reads for a user or group: the profile's display name, else the title, else
 * the entity name. Without the entity (not in the catalog, or not loaded) the ref's name part.
 */
export function displayName(ref: string, entity?: Entity): string {
  const profile = entity?.spec?.profile as
    | { displayName?: unknown }
    | undefined;
  if (typeof profile?.displayName === 'string' && profile.displayName) {
    return profile.displayName;
  }
  if (entity?.metadata.title) return entity.metadata.title;
  if (entity) return entity.metadata.name;
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}

/** Schemes that run code instead of opening something; Backstage's Link refuses some of them. */
const UNSAFE_SCHEMES = new Set(['javascript', 'data', 'vbscript']);

/** Whether a catalog-provided URL may become a link. */
function isSafeUrl(url: string): boolean {
  try {
    // The URL parser drops the whitespace and control characters that hide a scheme.
    return !UNSAFE_SCHEMES.has(new URL(url).protocol.replace(/:$/, ''));
  } catch {
    return false;
  }
}

/**
 * The profile's e-mail address as a `mailto:` link, then the entity's `metadata.links` (chat,
 * phone, ...). Links that would run script are left out: catalog data is not trusted markup.
 */
export function contactLinks(entity?: Entity): ContactLink[] {
  if (!entity) return [];
  const links: ContactLink[] = [];
  const email = (entity.spec?.profile as { email?: unknown } | undefined)
    ?.email;
  if (typeof email === 'string' && email) {
    links.push({ label: email, url: `mailto:${email}`, type: 'email' });
  }
  for (const link of entity.metadata.links ?? []) {
    if (!isSafeUrl(link.url)) continue;
    links.push({
      label: link.title ?? link.url,
      url: link.url,
      type: link.type,
    });
  }
  return links;
}
