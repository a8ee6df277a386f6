import { describe, expect, it } from 'vitest';
import type { Clause, DocumentMeta } from '../schemas.js';
import { loadLexicon } from './lexicon.js';
import { withDocumentPlaces } from './document-places.js';

const shipped = loadLexicon().places;
const doc = (id: string, place: string) => ({ id, place, title: id }) as unknown as DocumentMeta;
const clause = (docId: string, text: string) => ({ id: `${docId}#1`, docId, text }) as unknown as Clause;

describe('withDocumentPlaces', () => {
  const documents = [doc('province', '霁川省'), doc('city', '枫渡市'), doc('district', '枫渡市鹭洲区'), doc('other', '云岫市'), doc('known', '南阳市')];
  const clauses = [clause('city', '根据《中华人民共和国安全生产法》和《霁川省安全生产条例》，结合本市实际，制定本办法。'), clause('other', '本规定适用于本市工贸企业。')];
  const places = withDocumentPlaces(shipped, documents, clauses);

  it('learns a district inside the city its name opens with, and the province the city names', () => {
    expect(places.chain('鹭洲区')).toEqual(['枫渡市鹭洲区', '枫渡市', '霁川省', '全国']);
    expect(places.find('我们厂在枫渡市鹭洲区').map((p) => p.name)).toEqual(['枫渡市鹭洲区']);
  });

  it('puts a city whose documents name no province under the one province the knowledge base holds texts of, and keeps shipped places as they are', () => {
    expect(places.chain('云岫市')).toEqual(['云岫市', '霁川省', '全国']);
    expect(places.chain('南阳')).toEqual(shipped.chain('南阳'));
    expect(places.sameLevelOther('枫渡市', '云岫市')).toBe(true);
    // (with texts of two provinces, or of none, it is put directly under 全国)
    const two = withDocumentPlaces(shipped, [doc('a', '霁川省'), doc('b', '溆屏省'), doc('c', '云岫市')], []);
    expect(two.chain('云岫市')).toEqual(['云岫市', '全国']);
  });

  it('learns the districts and counties a city document is sent to, inside that city', () => {
    const sent = { ...doc('sent', '云岫市'), addressees: ['翠湾区、苇塘县应急管理局', '各有关企业'] } as DocumentMeta;
    const withSent = withDocumentPlaces(shipped, [sent], []);
    expect(withSent.chain('苇塘县')).toEqual(['云岫市苇塘县', '云岫市', '全国']);
    expect(withSent.chain('翠湾区')).toEqual(['云岫市翠湾区', '云岫市', '全国']);
    expect(withSent.get('各有关企业')).toBeUndefined();
  });

  it('learns a county that writes no city in its name inside the city its notice names most (本县执行《琬州市…办法》)', () => {
    const docs = [doc('region', '渌嵛回族自治区'), doc('city', '琬州市'), { ...doc('county', '苕枰县'), cc: ['琬州市消防安全委员会办公室'] } as DocumentMeta];
    const county = withDocumentPlaces(shipped, docs, [clause('city', '根据《渌嵛回族自治区电动自行车消防安全管理条例》，制定本办法。'), clause('county', '现就本县执行《琬州市电动自行车停放充电消防安全管理办法》有关事项通知如下。')]);
    expect(county.chain('苕枰县')).toEqual(['苕枰县', '琬州市', '渌嵛回族自治区', '全国']);
  });

  it('learns the counties a city document gives work to, lists or gives as an example (崟山县等), and puts a city that names no province under the only province held', () => {
    const docs = [doc('province', '蓠峤省'), doc('city', '磬峪市'), doc('zhou', '荻峦苗族侗族自治州')];
    const learned = withDocumentPlaces(shipped, docs, [
      clause('city', '责任督办单位为堇坪县人民政府，由堇坪县应急管理局负责日常督促；所在县人民政府配合。'),
      clause('zhou', '本规定适用于本州行政区域内（桤坞市、蕤岗县、菁垭县）的建筑施工。'),
      clause('city', '崟山县等远郊区、县应当依托乡镇专职消防队建立先期处置力量。'),
    ]);
    expect(learned.chain('崟山县')[1]).toBe('磬峪市');
    expect(learned.chain('堇坪县')).toEqual(['磬峪市堇坪县', '磬峪市', '蓠峤省', '全国']);
    expect(learned.chain('蕤岗县')[0]).toBe('荻峦苗族侗族自治州蕤岗县');
    expect(learned.get('所在县')).toBeUndefined();
  });

  it('learns an autonomous prefecture under the province its documents name, by its everyday names too', () => {
    const docs = [doc('province', '琇嵘省'), doc('zhou', '荻峦苗族侗族自治州')];
    const zhou = withDocumentPlaces(shipped, docs, [clause('zhou', '根据《琇嵘省建设工程施工安全条例》，结合本州实际，制定本规定。')]);
    expect(zhou.chain('荻峦州')).toEqual(['荻峦苗族侗族自治州', '琇嵘省', '全国']);
    expect(zhou.chain('荻峦')).toEqual(['荻峦苗族侗族自治州', '琇嵘省', '全国']);
  });

  it('returns the shipped gazetteer itself when every document place is known', () => {
    expect(withDocumentPlaces(shipped, [doc('known', '南阳市')], [])).toBe(shipped);
  });
});
