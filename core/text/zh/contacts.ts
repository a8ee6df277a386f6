/**
 * Contact lines: 联系人：市应急管理局危险化学品安全监督管理科韩立新，电话：0489-6213357；
 * 市商务局市场运行调节科沈一帆，电话：0489-6208145。 and e-mail addresses.
 */

// 0489-6213357, 0489—6213357, (0489)6213357, 13812345678, 12345 — a phone number after 电话/联系电话/手机.
// A mobile number is tried first, so 13812345678 is not read as a seven-digit line plus digits.
export const PHONE = /(?:联系电话|咨询电话|办公电话|电话|手机|传真)\s*[:：]?\s*(1\d{10}|(?:[（(]?0\d{2,3}[)）]?[-—－\s]?)?\d{7,8}(?:[-—－]\d{1,4})?|\d{5})(?!\d)/gu;

// bhyjwhk@baihe-yjj.example — an e-mail address.
export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/gu;

// 打哪个电话, 手机号多少, 座机 — a contact question that wants a number, not an e-mail address.
export const ASKS_PHONE = /电话|手机|座机|号码/u;

// 分管的副局长叫什么名字, 主任是谁, 哪位副县长分管, 分管的领导是谁 — the name of a post (group 1 or 2), which a contact line does not give.
const POST = '(?:副)?(?:县长|市长|区长|省长|局长|主任|科长|处长|队长|书记|站长|所长|厅长|部长|组长|专班组长|负责人|领导)';
export const ASKS_POST_NAME = new RegExp(`(${POST})[^，。？?]{0,4}(?:叫什么|是谁|姓名|名字|姓什么|是哪位|哪位领导)|哪位(${POST})`, 'u');

// 投诉举报电话, 值班电话, 咨询热线 — a kind of number asked for (group 1 its kind), which a plain 联系人 line is not.
export const NUMBER_KIND = /(投诉举报|投诉|举报|值班|咨询|报警|监督)(?:电话|热线|号码)/u;

// 鸣珂消防救援站的值班电话 — a unit named right before the number asked for (group 1): its number, no other's, answers.
export const PHONE_OF_UNIT = /([\p{Script=Han}]{2,14}?(?:局|厅|委员会|委|办公室|科|处|股|站|所|支队|大队|中队|中心))的?(?:值班|办公|联系|咨询)?(?:电话|手机|座机)/u;

// 联系人：… — opens a contact line.
export const CONTACT_LEAD = /联系人\s*[:：]?/u;

// …科韩立新, …局林雪 — a person's name (2–3 characters) right after an organisation's name ending.
export const PERSON_AFTER_ORG = /(局|厅|委|办|科|处|室|中心|支队|大队|股|站|所|队|部|会)([\p{Script=Han}]{2,3})$/u;
