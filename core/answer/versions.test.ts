/**
 * Two texts of one regulation and the years a question names: the version in force on the asked date answers,
 * a year the regulation has stood through is answerable though no text writes it, a revision that does not exist is not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assistantOver, type TestAssistant } from '../__fixtures__/assistant-over.js';

const HISTORY = '1999年3月26日 河南省第九届人民代表大会常务委员会第八次会议通过\n\n2010年9月29日 河南省第十一届人民代表大会常务委员会第十七次会议修订';
const earlier = `# 河南省消防条例\n\n${HISTORY}\n\n第一条 为了预防火灾和减少火灾危害，制定本条例。\n\n第六十一条 公安机关消防机构在接到危害消防安全行为的投诉后，应当及时处理，并在三十日内将处理结果告知投诉人。\n`;
const current = `# 河南省消防条例\n\n${HISTORY}\n\n2014年3月26日 河南省第十二届人民代表大会常务委员会第七次会议《关于修改〈河南省消防条例〉的决定》修正\n\n第一条 为了预防火灾和减少火灾危害，制定本条例。\n\n第六十一条 公安机关消防机构在接到危害消防安全行为的投诉后，应当及时处理，并在二十日内将处理结果告知投诉人。\n`;

let over: TestAssistant;
beforeAll(async () => {
  over = await assistantOver({ '河南省消防条例(2010).md': earlier, '河南省消防条例(2014).md': current }, new Date('2026-11-30T00:00:00Z'));
}, 60_000);
afterAll(() => over.close());

describe('versions and asked years', () => {
  it('2012年下半年 is answered from the text in force then, not the current one', async () => {
    const a = await over.assistant.ask({ question: '2012年下半年在河南投诉消防违法行为，消防机构要在多少天内告知处理结果？' });
    expect(a.supported).toBe(true);
    expect(a.answer).toContain('三十日内');
    expect(a.answer).not.toContain('二十日内');
  });

  it('a year no text writes but the regulation stood through is answered from the text of that year', async () => {
    const a = await over.assistant.ask({ question: '2020年的时候在河南投诉消防违法行为，多少天内告知处理结果？' });
    expect(a.supported).toBe(true);
    expect(a.answer).toContain('二十日内');
    expect(a.answer).not.toContain('三十日内');
  });

  it('条例修改以前 is answered from the text before the current one, though it names no year', async () => {
    const a = await over.assistant.ask({ question: '河南省消防条例修改以前，投诉消防违法行为后多少天内告知处理结果？' });
    expect(a.answer).toContain('三十日内');
    expect(a.answer).not.toContain('二十日内');
  });

  it('states a fact read as a deadline and as a duration once', async () => {
    const a = await over.assistant.ask({ question: '2012年的时候，河南投诉处理结果的告知期限有多少天？' });
    expect(a.answer.match(/三十日内\[/gu)).toHaveLength(1);
  });

  it('a revision year the documents do not write is refused, not answered from another text', async () => {
    const a = await over.assistant.ask({ question: '2025年修订后的河南省消防条例，投诉后多少天内告知处理结果？' });
    expect(a.supported).toBe(false);
    expect(a.answer).toContain('2025年');
  });
});

describe('an amended text applies from the day its 公告 sets, not from the day the amendment passed', () => {
  const ANNOUNCEMENT = '《河南省人民代表大会常务委员会关于修改〈河南省消防条例〉的决定》已由河南省第十二届人民代表大会常务委员会第七次会议于2014年3月26日通过，现予公布，自2014年7月1日起施行。';
  let announced: TestAssistant;
  beforeAll(async () => {
    announced = await assistantOver({ '河南省消防条例(2010).md': earlier, '河南省消防条例(2014).md': current.replace('# 河南省消防条例\n\n', `# 河南省消防条例\n\n${ANNOUNCEMENT}\n\n`) }, new Date('2026-11-30T00:00:00Z'));
  }, 60_000);
  afterAll(() => announced.close());

  it('2014年5月的时候 is answered from the earlier text', async () => {
    const a = await announced.assistant.ask({ question: '2014年5月的时候在河南投诉消防违法行为，多少天内告知处理结果？' });
    expect(a.answer).toContain('三十日内');
    expect(a.answer).not.toContain('二十日内');
  });
});

describe('an explanation of the amended text (政策解读) applies with it, not before', () => {
  // Fictional: a 一问一答 on the 2014 amendment, published before the amended text took effect.
  const FAQ = '# 《河南省消防条例》修正政策解读（一问一答）\n\n发布机构：河南省人大常委会法制工作委员会\n\n## 一、投诉危害消防安全行为后，多少天内告知处理结果？\n\n- 告知期限：消防机构在接到投诉后二十日内将处理结果告知投诉人（第六十一条）。\n';
  let explained: TestAssistant;
  beforeAll(async () => {
    explained = await assistantOver({ '河南省消防条例(2010).md': earlier, '河南省消防条例(2014).md': current, '一问一答.md': FAQ }, new Date('2026-11-30T00:00:00Z'));
  }, 60_000);
  afterAll(() => explained.close());

  it('2012年的时候 gets the earlier text, not the explanation of the amendment', async () => {
    const a = await explained.assistant.ask({ question: '2012年的时候，投诉危害消防安全行为后多少天内告知处理结果？' });
    expect(a.answer).toContain('三十日内');
    expect(a.answer).not.toContain('二十日内');
  });
});
