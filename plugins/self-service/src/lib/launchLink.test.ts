import { defaultTemplateRoute, launchLink } from './launchLink';

describe('launchLink', () => {
  const template = { namespace: 'default', name: 'add-runbook' };

  it('opens the template under /create by default, with the entity as URL-encoded form data', () => {
    expect(
      launchLink(defaultTemplateRoute, template, 'component:default/payments'),
    ).toBe(
      '/create/templates/default/add-runbook?formData=%7B%22entityRef%22%3A%22component%3Adefault%2Fpayments%22%7D',
    );
  });

  it('carries a form data value the scaffolder decodes back to the entity ref', () => {
    const link = launchLink(
      defaultTemplateRoute,
      template,
      'group:team a/pay&ments',
    );
    const formData = new URL(link, 'http://portal').searchParams.get(
      'formData',
    );
    expect(JSON.parse(formData!)).toEqual({
      entityRef: 'group:team a/pay&ments',
    });
  });

  it('uses the route the app binds, with the template namespace and name', () => {
    const route = jest.fn(
      (p: { namespace: string; templateName: string }) =>
        `/self-service/create/${p.namespace}/${p.templateName}`,
    );
    expect(
      launchLink(
        route,
        { namespace: 'ops', name: 'scale' },
        'component:default/x',
      ),
    ).toMatch(/^\/self-service\/create\/ops\/scale\?formData=/);
    expect(route).toHaveBeenCalledWith({
      namespace: 'ops',
      templateName: 'scale',
    });
  });

  it('encodes path parts in the default route', () => {
    expect(
      defaultTemplateRoute({ namespace: 'a b', templateName: 'c/d' }),
    ).toBe('/create/templates/a%20b/c%2Fd');
  });
});
