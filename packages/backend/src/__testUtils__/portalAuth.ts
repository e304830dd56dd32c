import {
  AuthService,
  BackstageCredentials,
  BackstageUserInfo,
  coreServices,
  createServiceFactory,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';

/** Test users and the groups the auth backend would put into their user info. */
export const OLIVIA = 'user:default/olivia'; // team-a
export const BOB = 'user:default/bob'; // team-b
export const ADA = 'user:default/ada'; // architect
export const NOBODY = 'user:default/nobody'; // in no team

/** Builds user info from a fixed map of ownership refs per user. */
export function userInfoFrom(ownership: Record<string, string[]>) {
  return (credentials: BackstageCredentials): BackstageUserInfo => {
    const principal = credentials.principal as {
      type: string;
      userEntityRef?: string;
    };
    if (principal.type !== 'user' || !principal.userEntityRef) {
      throw new Error(`no user info for a ${principal.type} principal`);
    }
    return {
      userEntityRef: principal.userEntityRef,
      ownershipEntityRefs: ownership[principal.userEntityRef] ?? [
        principal.userEntityRef,
      ],
    };
  };
}

/** A user info service answering from a fixed ownership map. */
export function userInfoServiceFactory(ownership: Record<string, string[]>) {
  const getUserInfo = userInfoFrom(ownership);
  return createServiceFactory({
    service: coreServices.userInfo,
    deps: {},
    factory: (): UserInfoService => ({
      getUserInfo: async credentials => getUserInfo(credentials),
    }),
  });
}

// The mock auth service of backend-test-utils drops the actor of on-behalf-of tokens, so the
// permission backend would take the catalog's conditional read check (made for the user by
// the catalog) for a direct user request without resourceRef and refuse it with 400. Real
// Backstage tokens keep the actor; this wrapper does the same for the mock tokens.
const OBO_PREFIX = 'mock-service-token:';

/** The mock auth service, with on-behalf-of tokens that keep their actor like real ones. */
export const actorKeepingAuthFactory = createServiceFactory({
  service: coreServices.auth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }): AuthService {
    const auth = mockServices.auth({ pluginId: plugin.getId() });
    return {
      authenticate: async (token, options) => {
        const credentials = await auth.authenticate(token, options);
        if (token.startsWith(OBO_PREFIX)) {
          const { obo, sub } = JSON.parse(token.slice(OBO_PREFIX.length));
          if (obo) {
            return mockCredentials.user(obo, { actor: { subject: sub } });
          }
        }
        return credentials;
      },
      getPluginRequestToken: async options => {
        const { principal } = options.onBehalfOf as BackstageCredentials<{
          type: string;
          userEntityRef?: string;
        }>;
        if (principal.type !== 'user') {
          return auth.getPluginRequestToken(options);
        }
        return {
          token: `${OBO_PREFIX}${JSON.stringify({
            sub: `plugin:${plugin.getId()}`,
            obo: principal.userEntityRef,
            target: options.targetPluginId,
          })}`,
        };
      },
      getNoneCredentials: () => auth.getNoneCredentials(),
      getOwnServiceCredentials: () => auth.getOwnServiceCredentials(),
      isPrincipal: auth.isPrincipal.bind(auth) as AuthService['isPrincipal'],
      getLimitedUserToken: credentials => auth.getLimitedUserToken(credentials),
      listPublicServiceKeys: () => auth.listPublicServiceKeys(),
    };
  },
});
