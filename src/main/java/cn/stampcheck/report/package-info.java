/**
 * The report model: a sheet as a {@link cn.stampcheck.report.Grid} of cell texts (what every reader, POI,
 * the .ods reader and the office, produces), the progress form found in it
 * ({@link cn.stampcheck.report.TableFinder} → {@link cn.stampcheck.report.ReportTable} of
 * {@link cn.stampcheck.report.ItemRow}s), what its title says ({@link cn.stampcheck.report.TitleInfo}) and
 * deadline texts read as dates. The one text normaliser ({@link cn.stampcheck.report.Text}) lives here. No
 * file format and no office API: the core starts at a grid.
 */
package cn.stampcheck.report;
