import { createTestDatabases } from './index';
import { refusalOf, rowCount, rowCounts } from './rows';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('rows on %s', id => {
  it('counts rows, all or those matching, and names a refused write', async () => {
    const knex = await databases.init(id);
    await knex.schema.createTable('t', table => table.string('k').primary());
    await knex.schema.createTable('empty', table => table.string('k'));
    await knex('t').insert([{ k: 'a' }, { k: 'b' }]);

    expect(await rowCount(knex, 't')).toBe(2);
    expect(await rowCount(knex, 't', { k: 'a' })).toBe(1);
    expect(await rowCounts(knex, ['t', 'empty'])).toEqual({ t: 2, empty: 0 });
    expect(await refusalOf(knex('t').insert({ k: 'a' }))).toMatch(
      /unique|duplicate/i,
    );
    expect(await refusalOf(knex('t').insert({ k: 'c' }))).toBe('inserted');
  });
});
