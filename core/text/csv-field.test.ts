import { describe, expect, it } from 'vitest';
import { csvField } from './csv-field.js';

describe('csvField', () => {
  it.each([
    // formula injection (OWASP CSV Injection): a leading = + - @ tab or CR makes a spreadsheet evaluate the cell
    ['=HYPERLINK("http://evil.example","点我")', `"'=HYPERLINK(""http://evil.example"",""点我"")"`],
    ['=1+2.txt', "'=1+2.txt"],
    ['+86 631 1234', "'+86 631 1234"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    // ordinary text: quoted only when RFC 4180 needs it
    ['市应急局', '市应急局'],
    ['a,b', '"a,b"'],
    ['说"是"', '"说""是"""'],
    ['第一行\n第二行', '"第一行\n第二行"'],
    ['1+1=2', '1+1=2'],
    ['', ''],
  ])('%j → %j', (cell, written) => {
    expect(csvField(cell)).toBe(written);
  });
});
