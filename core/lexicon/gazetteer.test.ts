import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { thrown } from '../__fixtures__/rejection.js';
import { Gazetteer } from './gazetteer.js';
import { loadLexicon } from './lexicon.js';

const places = loadLexicon().places;

describe('Gazetteer.chain', () => {
  it.each([
    ['南阳市', ['南阳市', '河南省', '全国']],
    ['南阳', ['南阳市', '河南省', '全国']],
    ['舞钢市', ['舞钢市', '平顶山市', '河南省', '全国']],
    ['文登区', ['威海市文登区', '威海市', '山东省', '全国']],
    ['南岸区', ['白河市南岸区', '白河市', '全国']],
    ['白河经开区', ['白河经济技术开发区', '白河市', '全国']],
    ['汕头经济特区', ['汕头经济特区', '汕头市', '广东省', '全国']],
    ['北京市', ['北京市', '全国']],
    ['宁夏', ['宁夏回族自治区', '全国']],
    // every prefecture-level place ships (gen-cities.mjs): a city, an autonomous prefecture by its everyday name, a 地区
    ['苏州', ['苏州市', '江苏省', '全国']],
    ['恩施', ['恩施土家族苗族自治州', '湖北省', '全国']],
    ['和田', ['和田地区', '新疆维吾尔自治区', '全国']],
    ['济源市', ['济源市', '河南省', '全国']],
    ['全国', ['全国']],
  ])('%s → %j', (name, chain) => {
    expect(places.chain(name)).toEqual(chain);
  });

  it.each(['居民住宅区', '岸区', '开发区', '园区', ''])('%j is no place: []', (name) => {
    expect(places.chain(name)).toEqual([]);
  });
});

describe('Gazetteer.contains', () => {
  it.each([
    ['河南省', '南阳市'],
    ['河南', '南阳'],
    ['全国', '白河市南岸区'],
    ['白河市', '北岸区'],
    ['广东省', '汕头经济特区'],
    ['南阳市', '南阳市'],
  ])('%s contains %s', (ancestor, place) => {
    expect(places.contains(ancestor, place)).toBe(true);
  });

  it.each([
    ['南阳市', '河南省'],
    ['河南省', '青岛市'],
    ['北岸区', '南岸区'],
    ['山东省', '北京市'],
    ['河南省', '没有的地方'],
  ])('%s does not contain %s', (ancestor, place) => {
    expect(places.contains(ancestor, place)).toBe(false);
  });
});

describe('Gazetteer.sameLevelOther', () => {
  it.each([
    ['南岸区', '北岸区'],
    ['南阳市', '新乡市'],
    ['河南省', '山东省'],
    ['舞钢市', '威海市文登区'],
    ['北京市', '河南省'],
  ])('%s and %s are other places of one rank', (a, b) => {
    expect(places.sameLevelOther(a, b)).toBe(true);
  });

  it.each([
    ['南岸区', '南岸区'],
    ['南岸区', '白河市'],
    ['南阳市', '河南省'],
    ['南阳', '南阳市'],
    ['南阳市', '没有的地方'],
  ])('%s and %s are not', (a, b) => {
    expect(places.sameLevelOther(a, b)).toBe(false);
  });
});

describe('Gazetteer.find', () => {
  it.each([
    ['南阳市居民住宅区消防安全管理条例', ['南阳市']],
    ['汕头经济特区消防条例', ['汕头经济特区']],
    ['威海市文登区工业和信息化局', ['威海市文登区']],
    ['北岸区应急管理局', ['白河市北岸区']],
    ['白河经济技术开发区安全生产监督管理局', ['白河经济技术开发区']],
    ['我们在南阳，河南省有没有更严的', ['南阳市', '河南省']],
    ['广东省实施《中华人民共和国消防法》办法', ['广东省', '全国']],
  ])('%s → %j', (text, names) => {
    expect(places.find(text).map((p) => p.name)).toEqual(names);
  });

  it.each(['居民住宅区', '全市各区县', '开发区管委会', '国家标准'])('%s names no place', (text) => {
    expect(places.find(text)).toEqual([]);
  });
});

describe('the places data', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  function deploymentDir(text: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'anzhi-places-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'places.json'), text);
    return dir;
  }

  it('takes a deployment’s places.json: a new county under a shipped city, and an alias for a shipped place', () => {
    expect(places.chain('镇平县')).toEqual([]);
    const dir = deploymentDir(
      JSON.stringify({
        places: [
          { name: '镇平县', level: 'county', parent: '南阳市', aliases: ['镇平'] },
          { name: '南阳市', level: 'city', parent: '河南省', aliases: ['宛城'] },
        ],
      }),
    );
    const local = loadLexicon({ extraDir: dir });
    expect(local.id).toMatch(/^builtin\+[0-9a-f]{12}$/u);
    expect(local.places.chain('镇平')).toEqual(['镇平县', '南阳市', '河南省', '全国']);
    expect(local.places.contains('河南省', '镇平县')).toBe(true);
    expect(local.places.find('宛城消防').map((p) => p.name)).toEqual(['南阳市']);
    expect(local.places.get('南阳')?.name).toBe('南阳市');
    // The shipped value is untouched.
    expect(places.chain('镇平县')).toEqual([]);
  });

  it('refuses a place whose parent is unknown, naming both', () => {
    const dir = deploymentDir(JSON.stringify({ places: [{ name: '镇平县', level: 'county', parent: '南阳' }] }));
    const error = thrown(() => loadLexicon({ extraDir: dir }));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toBe('places.json: the parent "南阳" of "镇平县" is not a place; add it or fix the name');
  });

  it('refuses a cycle', () => {
    expect(
      () =>
        new Gazetteer({
          places: [
            { name: '甲市', level: 'city', parent: '乙市' },
            { name: '乙市', level: 'city', parent: '甲市' },
          ],
        }),
    ).toThrow('places.json: "甲市" encloses itself (甲市 → 乙市); fix its parent');
  });

  it('an alias two places share names neither', () => {
    const g = new Gazetteer({
      places: [
        { name: '全国', level: 'national' },
        { name: '甲市', level: 'city', parent: '全国' },
        { name: '甲市南岸区', level: 'district', parent: '甲市', aliases: ['南岸区'] },
        { name: '乙市南岸区', level: 'district', parent: '全国', aliases: ['南岸区'] },
      ],
    });
    expect(g.get('南岸区')).toBeUndefined();
    expect(g.find('南岸区')).toEqual([]);
    expect(g.chain('甲市南岸区')).toEqual(['甲市南岸区', '甲市', '全国']);
  });
});

describe('short forms', () => {
  const { places } = loadLexicon();
  it.each([
    ['文登', '威海市文登区'],
    ['南岸', '白河市南岸区'],
    ['河南', '河南省'],
    ['济宁', '济宁市'],
  ])('%s names %s', (short, name) => expect(places.get(short)?.name).toBe(name));
});
