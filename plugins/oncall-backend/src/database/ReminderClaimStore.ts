/**
 * The record of hand-off reminders already sent, through which the replicas running the
 * reminder task send each reminder once.
 */
export interface ReminderClaimStore {
  /** Records that a reminder goes out; false when some replica already claimed it. */
  claim(
    rotationId: string,
    handoffAt: Date,
    recipient: string,
    sentAt: Date,
  ): Promise<boolean>;
  /** Forgets a claimed reminder whose sending failed, so the next run tries again. */
  release(
    rotationId: string,
    handoffAt: Date,
    recipient: string,
  ): Promise<void>;
}
