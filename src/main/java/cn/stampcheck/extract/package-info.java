/**
 * Figure extraction: which number in a department's progress text is a target's year-to-date figure.
 * {@link cn.stampcheck.extract.FigureExtractor} reads all of an item's targets from one text at once (so
 * that targets sharing a unit are told apart), with Chinese and full-width numerals
 * ({@link cn.stampcheck.extract.Numerals}), the cues that mark a figure as a total, this quarter's, a plan
 * or a goal, and units with their spellings. Plain strings in, values out; near linear in the text's length.
 */
package cn.stampcheck.extract;
