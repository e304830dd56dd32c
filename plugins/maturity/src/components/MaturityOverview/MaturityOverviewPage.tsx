import { Content, Header, Page } from '@backstage/core-components';
import { MaturityOverview } from './MaturityOverview';

/**
 * The overview with a page header, for apps on the legacy frontend system.
 *
 * @public
 */
export function MaturityOverviewPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Maturity"
        subtitle="How mature every domain, system and team's software is, vector by vector"
      />
      <Content>
        <MaturityOverview />
      </Content>
    </Page>
  );
}
