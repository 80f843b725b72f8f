/**
 * The rules: a notice's items and targets as values ({@link cn.stampcheck.rules.Notice},
 * {@link cn.stampcheck.rules.Item}, {@link cn.stampcheck.rules.Target}), read from the clerk's 目标表
 * ({@link cn.stampcheck.rules.NoticeTable}) or from an expert's .drl of declarations only, never run; the
 * shared checks (checks.drl, in the jar, as Drools' executable model when it matches); and the library
 * that finds and chooses the rules for a report ({@link cn.stampcheck.rules.RulesLibrary}). A file a clerk
 * keeps or receives is data here: nothing it says becomes code.
 */
package cn.stampcheck.rules;
