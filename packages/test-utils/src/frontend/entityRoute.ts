/**
 * The path the test apps mount the catalog's entity route on, so that entity links rendered by
 * a plugin resolve (the real app mounts the catalog at the same place).
 */
export const ENTITY_ROUTE = '/catalog/:namespace/:kind/:name';
