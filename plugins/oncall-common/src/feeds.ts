/**
 * Answer of `POST /rotations/{id}/feed-token`: the rotation's new calendar feed. The token is
 * shown this once; the backend keeps only its hash, and the rotation's previous feed URL
 * stops working.
 *
 * @public
 */
export interface FeedTokenResponse {
  /** Absolute URL a calendar app subscribes to, holding the token. */
  readonly feedUrl: string;
  /** The secret part of `feedUrl`. */
  readonly token: string;
}
