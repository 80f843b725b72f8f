/**
 * The quarter round: a folder of reports checked in one run, each paired with the same department's report
 * of the previous quarter when it is there, summed up as one overview (a row per file, a row per finding).
 * Free of POI and UNO like the core: files are opened through a {@link cn.stampcheck.batch.ReportReader}
 * the caller supplies, and the overview is written by a writer at the edge.
 */
package cn.stampcheck.batch;
