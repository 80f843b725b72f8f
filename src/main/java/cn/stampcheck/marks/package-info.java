/**
 * The marks a check leaves in comments, as plain text: written and recognised here for both the office
 * extension and the command line's annotated copies, so that there is one format (the clerk's 【说明】
 * lines are the check's own: {@link cn.stampcheck.check.Explanation}). No UNO and no POI: the callers put
 * the text into comments and the fills into cells.
 */
package cn.stampcheck.marks;
