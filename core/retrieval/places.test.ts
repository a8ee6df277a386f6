import { describe, expect, it } from 'vitest';
import { adminPrefixes } from './places.js';

describe('adminPrefixes', () => {
  it.each([
    ['威海市文登区工业和信息化局', ['威海市', '文登区']],
    ['杭州市建设工程消防管理规定', ['杭州市']],
    ['萸州市筠廊区人民政府办公室', ['萸州市', '筠廊区']],
    ['北京市通州区应急管理局', ['北京市', '通州区']],
    ['恩施州应急管理局', ['恩施州']],
    // a chemical park is a zone of some place, not a place: 化工园区 names no document's region
    ['璞岭省化工园区和危险化学品安全管理办法', ['璞岭省']],
  ])('%s opens with %j', (text, places) => expect(adminPrefixes(text)).toEqual(places));
});
