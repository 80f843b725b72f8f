/**
 * Drafting a year's 目标表 from the notice as clerks get it (.txt in any Chinese encoding, .docx, .doc,
 * .pdf; numbered, inline or unnumbered items; traditional characters; 附件 tables): the items, their
 * departments and the quantitative targets found in each sentence, with what needs a person's look marked
 * 待确认. A draft is never live: it goes to 草稿 until the clerk activates it.
 */
package cn.stampcheck.draft;
