import { RotationResponse } from '@agile-ops/plugin-oncall-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Grid } from '@material-ui/core';
import { useCallback, useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { oncallApiRef } from '../../api/OncallApi';
import { usePeople } from '../../hooks/usePeople';
import { displayName as nameOf } from '../../lib/people';
import { InterruptLedger } from './interrupts/InterruptLedger';
import { InterruptShareCard } from './interrupts/InterruptShareCard';
import { NoRotations } from './rotations/NoRotations';
import { sortRotations } from './rotations/sortRotations';
import { RotationView } from './RotationView';
import { TeamProvider } from './shared/TeamContext';

/**
 * The "On-call" tab of a group page: who covers now, the rotation calendar with overrides and
 * hand-off notes, the interrupt ledger and the interrupts' share of planned capacity.
 *
 * @public
 */
export function TeamOncallContent() {
  const { entity } = useEntity();
  const groupRef = stringifyEntityRef(entity);
  const groupName = entity.metadata.title ?? entity.metadata.name;
  const api = useApi(oncallApiRef);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion(v => v + 1), []);
  const [selectedId, setSelectedId] = useState<string>();

  const memberRefs = useMemo(
    () =>
      (entity.relations ?? [])
        .filter(relation => relation.type === 'hasMember')
        .map(relation => relation.targetRef),
    [entity],
  );
  const {
    value: rotations,
    loading,
    error,
  } = useAsync(
    async () => sortRotations(await api.listTeamRotations(groupRef)),
    [api, groupRef, version],
  );
  const participantRefs = useMemo(
    () =>
      (rotations ?? []).flatMap(r => r.versions.flatMap(v => v.participants)),
    [rotations],
  );
  // Until the catalog answers (or if it cannot), people show by the name in their ref.
  const { people } = usePeople([...memberRefs, ...participantRefs]);
  const displayName = useCallback(
    (ref: string) => nameOf(ref, people?.get(ref)),
    [people],
  );
  const members = useMemo(
    () =>
      memberRefs
        .map(ref => ({ ref, name: displayName(ref) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [memberRefs, displayName],
  );
  const team = useMemo(
    () => ({ groupRef, groupName, members, displayName, version, refresh }),
    [groupRef, groupName, members, displayName, version, refresh],
  );

  const created = (rotation: RotationResponse) => {
    setSelectedId(rotation.id);
    refresh();
  };
  // A new rotation is selected before the list that holds it has been re-fetched.
  const selected = rotations?.find(r => r.id === selectedId) ?? rotations?.[0];

  let rotationPart;
  if (error) rotationPart = <ResponseErrorPanel error={error} />;
  else if (loading && !rotations) rotationPart = <Progress />;
  else if (!selected) rotationPart = <NoRotations onCreated={created} />;
  else
    rotationPart = (
      <RotationView
        rotations={rotations!}
        selected={selected}
        onSelect={setSelectedId}
        onCreated={created}
      />
    );

  return (
    <TeamProvider value={team}>
      <Grid container spacing={3}>
        <Grid item xs={12}>
          {rotationPart}
        </Grid>
        <Grid item xs={12}>
          <InterruptLedger />
        </Grid>
        <Grid item xs={12}>
          <InterruptShareCard />
        </Grid>
      </Grid>
    </TeamProvider>
  );
}
