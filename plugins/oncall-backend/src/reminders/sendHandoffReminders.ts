import { Interrupt, RotationResponse } from '@agile-ops/plugin-oncall-common';
import { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { DateTime, Duration } from 'luxon';
import { OncallStores } from '../database/openStores';
import { HandoffNoteService } from '../service/HandoffNoteService';
import { TeamDirectory } from '../service/TeamDirectory';

/** Id of the scheduled task that sends hand-off reminders. */
export const REMINDER_TASK = 'oncall-handoff-reminders';

/** Open interrupts listed in a reminder; the ledger link shows the rest. */
const MAX_LISTED = 10;

/** The text of a reminder: the notes left for the hand-off and the open interrupts. */
export function reminderText(
  notes: Array<{ text: string; author: string }>,
  open: Interrupt[],
): string {
  const lines: string[] = [];
  lines.push(
    notes.length
      ? `Notes: ${notes.map(n => `${n.text} (${n.author})`).join(' · ')}`
      : 'No hand-off notes yet.',
  );
  lines.push(
    open.length
      ? `Open interrupts: ${open
          .slice(0, MAX_LISTED)
          .map(i => `${i.title} [${i.category}]`)
          .join('; ')}${
          open.length > MAX_LISTED
            ? ` and ${open.length - MAX_LISTED} more`
            : ''
        }`
      : 'No open interrupts.',
  );
  return lines.join('\n');
}

function teamPageLink(team: string) {
  const ref = parseEntityRef(team);
  return `/catalog/${ref.namespace}/${ref.kind}/${ref.name}/oncall`;
}

/**
 * Tells each person who takes over a rotation within `before` that their turn is coming, with
 * the hand-off notes and the team's open interrupts; each reminder is sent once.
 */
export async function sendHandoffReminders(options: {
  stores: Pick<OncallStores, 'rotations' | 'ledger' | 'reminderClaims'>;
  handoffNotes: HandoffNoteService;
  directory: TeamDirectory;
  notifications: NotificationService;
  before: Duration;
  logger: LoggerService;
  now?: Date;
}): Promise<{ sent: number }> {
  const { stores, handoffNotes, notifications, logger } = options;
  const now = options.now ?? new Date();
  const until = new Date(now.getTime() + options.before.toMillis());
  let sent = 0;
  const openByTeam = new Map<string, Interrupt[]>();
  const membersByTeam = new Map<string, Set<string>>();
  for (const rotation of await stores.rotations.listAllRotations()) {
    const handoffs = await handoffNotes.handoffs(rotation.id, now, until);
    for (const handoff of handoffs) {
      if (!handoff.to) continue;
      // The notes and open interrupts are the team's business: someone who has left the group
      // since they were put on the rotation is not told.
      if (!membersByTeam.has(rotation.owner)) {
        membersByTeam.set(
          rotation.owner,
          await options.directory.membersOfTree(rotation.owner),
        );
      }
      if (!membersByTeam.get(rotation.owner)!.has(handoff.to)) {
        logger.warn(
          `no hand-off reminder of rotation ${rotation.id} for ${handoff.to}: not a member of ${rotation.owner} or of its sub-groups`,
        );
        continue;
      }
      const at = new Date(handoff.at);
      if (
        !(await stores.reminderClaims.claim(rotation.id, at, handoff.to, now))
      ) {
        continue;
      }
      if (!openByTeam.has(rotation.owner)) {
        openByTeam.set(
          rotation.owner,
          await stores.ledger.listInterrupts({
            team: rotation.owner,
            open: true,
            limit: MAX_LISTED + 50,
          }),
        );
      }
      try {
        await notifications.send({
          recipients: { type: 'entity', entityRef: handoff.to },
          payload: {
            title: `You take over ${rotation.name} ${whenText(rotation, at)}`,
            description: reminderText(
              handoff.notes,
              openByTeam.get(rotation.owner)!,
            ),
            link: teamPageLink(rotation.owner),
            severity: 'normal',
            topic: 'oncall-handoff',
            scope: `oncall-handoff:${rotation.id}:${handoff.at}`,
          },
        });
        sent += 1;
      } catch (error) {
        // Forget the claim so the next run tries again instead of never telling the person.
        await stores.reminderClaims.release(rotation.id, at, handoff.to);
        logger.warn(
          `could not send the hand-off reminder of rotation ${rotation.id} to ${handoff.to}: ${error}`,
        );
      }
    }
  }
  return { sent };
}

function whenText(rotation: RotationResponse, at: Date): string {
  return `on ${DateTime.fromJSDate(at, { zone: rotation.timezone }).toFormat(
    'ccc d LLL, HH:mm',
  )} (${rotation.timezone})`;
}
