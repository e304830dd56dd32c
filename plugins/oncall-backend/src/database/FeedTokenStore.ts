/** The active feed token of a rotation, as stored: its hash, never the token. */
export interface StoredFeedToken {
  rotationId: string;
  /** Hex SHA-256 of the token. */
  tokenHash: string;
  createdBy: string;
  createdAt: Date;
}

/** Storage of calendar feed tokens: at most one active token per rotation. */
export interface FeedTokenStore {
  /** Stores the rotation's token, replacing (and so revoking) the one it had. */
  replace(token: StoredFeedToken): Promise<void>;
  /** Removes the rotation's token; false when it had none. */
  revoke(rotationId: string): Promise<boolean>;
  /** The rotation whose active token has this hash, if any. */
  findRotation(tokenHash: string): Promise<string | undefined>;
}
