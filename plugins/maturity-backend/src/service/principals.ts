import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';

/** The service principal of the scaffolder, as the actor of its on-behalf-of tokens. */
export const SCAFFOLDER_SUBJECT = 'plugin:scaffolder';

/**
 * Whether a request comes from a scaffolder task acting for a user: the user's credentials
 * carry the scaffolder as their actor. Only the scaffolder backend can mint such a token, so a
 * user calling directly (with their own token) does not pass.
 */
export function isScaffolderForUser(
  credentials: BackstageCredentials,
): credentials is BackstageCredentials<BackstageUserPrincipal> {
  const principal = credentials.principal as Partial<BackstageUserPrincipal> & {
    type?: string;
  };
  return (
    principal.type === 'user' && principal.actor?.subject === SCAFFOLDER_SUBJECT
  );
}
