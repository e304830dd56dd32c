/**
 * The catalog annotation that points an entity at another group's rotations instead of its
 * owner's, e.g. `agile-ops/oncall-team: group:default/platform-oncall`.
 *
 * @public
 */
export const ONCALL_TEAM_ANNOTATION = 'agile-ops/oncall-team';
