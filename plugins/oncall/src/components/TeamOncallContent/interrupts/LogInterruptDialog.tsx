import {
  CreateInterruptRequest,
  INTERRUPT_CATEGORIES,
  InterruptCategory,
  spec,
} from '@agile-ops/plugin-oncall-common';
import { useApi } from '@backstage/core-plugin-api';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { oncallApiRef } from '../../../api/OncallApi';
import { FormDialog } from '../shared/FormDialog';
import { FormField } from '../shared/FormField';
import { NumberField } from '../shared/NumberField';
import { SelectField } from '../shared/SelectField';
import { fromLocalInput, toLocalInput, viewerZone } from '../shared/time';
import { WallClockField } from '../shared/WallClockField';
import { CATEGORY_LABELS } from './format';

// The limit of the on-call API's document, so the field stops where the backend would refuse.
const TITLE_MAX_LENGTH =
  spec.components.schemas.CreateInterruptRequest.properties.title.maxLength;

const CATEGORY_OPTIONS = INTERRUPT_CATEGORIES.map(id => ({
  id,
  label: CATEGORY_LABELS[id],
}));

// The first thing to fix before the form can be sent, in words.
function formProblem(
  title: string,
  effortMinutes: number | undefined,
  received: string | undefined,
): string | undefined {
  if (!title.trim()) return 'Enter a title.';
  if (
    effortMinutes !== undefined &&
    (!Number.isFinite(effortMinutes) || effortMinutes < 0)
  ) {
    return 'Effort must be a number of minutes, 0 or more.';
  }
  if (!received) return 'Enter when it was received.';
  return undefined;
}

/** Props of {@link LogInterruptDialog}. */
export interface LogInterruptDialogProps {
  groupRef: string;
  onClose: () => void;
  onCreated: () => void;
}

/**
 * Records an interrupt in the team's ledger; the backend fills in who triaged it (the PoTW at
 * the time it was received) and answers a bad field with a message shown here.
 */
export function LogInterruptDialog(props: LogInterruptDialogProps) {
  const { groupRef, onClose, onCreated } = props;
  const api = useApi(oncallApiRef);
  const zone = viewerZone();
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<InterruptCategory>('request');
  const [entityRef, setEntityRef] = useState('');
  const [effort, setEffort] = useState('');
  const [receivedAt, setReceivedAt] = useState(() =>
    toLocalInput(DateTime.now().setZone(zone)),
  );

  const effortMinutes = effort.trim() === '' ? undefined : Number(effort);
  const received = fromLocalInput(receivedAt, zone);
  const problem = formProblem(title, effortMinutes, received);

  const submit = async () => {
    const request: CreateInterruptRequest = {
      team: groupRef,
      title: title.trim(),
      category,
      receivedAt: received,
      ...(entityRef.trim() ? { entityRef: entityRef.trim() } : {}),
      ...(effortMinutes !== undefined ? { effortMinutes } : {}),
    };
    await api.createInterrupt(request);
    onCreated();
  };

  return (
    <FormDialog
      idPrefix="oncall-interrupt"
      title="Log interrupt"
      onSubmit={submit}
      onClose={onClose}
      problem={problem}
      fullWidth
    >
      <FormField
        id="oncall-interrupt-title-field"
        label="Title"
        value={title}
        onChange={setTitle}
        required
        inputProps={{ maxLength: TITLE_MAX_LENGTH }}
      />
      <SelectField
        id="oncall-interrupt-category"
        label="Category"
        options={CATEGORY_OPTIONS}
        value={category}
        onChange={setCategory}
      />
      <FormField
        id="oncall-interrupt-entity"
        label="Entity (optional)"
        placeholder="component:default/payments-api"
        helperText="The catalog entity it concerns, as an entity ref."
        value={entityRef}
        onChange={setEntityRef}
      />
      <NumberField
        id="oncall-interrupt-effort"
        label="Effort in minutes (optional)"
        min={0}
        step={5}
        value={effort}
        onChange={setEffort}
      />
      <WallClockField
        id="oncall-interrupt-received"
        label="Received at"
        zone={zone}
        value={receivedAt}
        onChange={setReceivedAt}
      />
    </FormDialog>
  );
}
