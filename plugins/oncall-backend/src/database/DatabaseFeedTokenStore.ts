import { Knex } from 'knex';
import { FeedTokenStore, StoredFeedToken } from './FeedTokenStore';

const TABLE = 'oncall_feed_tokens';

/**
 * The knex implementation of {@link FeedTokenStore}; its table comes with the plugin's
 * migrations, which `openOncallStores` runs.
 */
export class DatabaseFeedTokenStore implements FeedTokenStore {
  constructor(private readonly db: Knex) {}

  async replace(token: StoredFeedToken): Promise<void> {
    // One statement, so two members regenerating at once leave exactly one token behind.
    await this.db(TABLE)
      .insert({
        rotation_id: token.rotationId,
        token_hash: token.tokenHash,
        created_by: token.createdBy,
        created_at: token.createdAt,
      })
      .onConflict('rotation_id')
      .merge();
  }

  async revoke(rotationId: string): Promise<boolean> {
    const removed = await this.db(TABLE)
      .where({ rotation_id: rotationId })
      .delete();
    return removed > 0;
  }

  async findRotation(tokenHash: string): Promise<string | undefined> {
    const row = await this.db(TABLE)
      .where({ token_hash: tokenHash })
      .first('rotation_id');
    return row?.rotation_id;
  }
}
