/**
 * The marks a check leaves in comments, and the clerk's 【说明】 lines, as plain text: written and
 * recognised here for both the office extension and the command line's annotated copies, so that there
 * is one format. No UNO and no POI: the callers put the text into comments and the fills into cells.
 */
package cn.stampcheck.marks;
