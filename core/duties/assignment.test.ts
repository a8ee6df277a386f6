import { describe, expect, it } from 'vitest';
import { findAssignments, parseAssignment } from './assignment.js';

describe('parseAssignment', () => {
  it('reads labelled lists', () => {
    expect(parseAssignment('责任处室：技术与改造投资处、节能与综合利用处')).toEqual({ lead: ['技术与改造投资处', '节能与综合利用处'], cooperate: [], undifferentiated: true });
    expect(parseAssignment('牵头单位：区应急局；配合单位：区工信局、各镇街')).toEqual({ lead: ['区应急局'], cooperate: ['区工信局', '各镇街'], undifferentiated: false });
    expect(parseAssignment('牵头：市应急局，配合：市工信局')).toEqual({ lead: ['市应急局'], cooperate: ['市工信局'], undifferentiated: false });
    expect(parseAssignment('责任单位：各区工信局')).toEqual({ lead: ['各区工信局'], cooperate: [], undifferentiated: false });
    // a deadline field after the units is no cooperating unit
    expect(parseAssignment('牵头单位：市交通运输局；配合单位：市公安局交警支队、市工业和信息化局；完成时限：2026年6月30日前')).toEqual({ lead: ['市交通运输局'], cooperate: ['市公安局交警支队', '市工业和信息化局'], undifferentiated: false });
  });

  it('reads the worded form with a default for the items that follow', () => {
    expect(parseAssignment('市发改委、工信局按职责分工配合，市产业集聚区管委会、红山街道办负责，以下均需市产业集聚区管委会、红山街道办负责，不再列出')).toEqual({
      lead: ['市产业集聚区管委会', '红山街道办'],
      cooperate: ['市发改委', '工信局'],
      defaultLead: ['市产业集聚区管委会', '红山街道办'],
      undifferentiated: false,
    });
    expect(parseAssignment('市应急局牵头，市工信局等配合')).toEqual({ lead: ['市应急局'], cooperate: ['市工信局'], undifferentiated: false });
  });

  it('leaves asides and titles alone', () => {
    for (const s of ['其中，民爆生产销售企业每半年至少组织1次', '试行', '2020年6月', '如民用爆炸物品行业、电力行业及民用船舶制造业', '市、区']) {
      expect(parseAssignment(s)).toBeUndefined();
    }
  });

  it('gives each assignment with its exact quote and offset', () => {
    const text = '依法开展执法（试行）。（责任处室：军民结合推进处）';
    expect(findAssignments(text)).toEqual([{ lead: ['军民结合推进处'], cooperate: [], undifferentiated: false, quote: '（责任处室：军民结合推进处）', start: 11 }]);
  });
});

describe('units named at the end of a sentence', () => {
  it('reads …，由X牵头，Y配合。 after the task, and not a task that only mentions a unit', () => {
    const [a] = findAssignments('2.开展储罐区专项督导，每半年开展一次，由仓储监管科牵头，执法大队配合。');
    expect(a).toMatchObject({ lead: ['仓储监管科'], cooperate: ['执法大队'], quote: '由仓储监管科牵头，执法大队配合' });
    expect(findAssignments('3.配合市应急局开展检查，做好记录。')).toEqual([]);
  });
});
