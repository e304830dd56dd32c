import { Rotation, RotationResponse } from '@agile-ops/plugin-oncall-common';

/** The resolver's view of a stored rotation. */
export function toRotation(rotation: RotationResponse): Rotation {
  return {
    id: rotation.id,
    owner: rotation.owner,
    name: rotation.name,
    versions: rotation.versions,
  };
}
