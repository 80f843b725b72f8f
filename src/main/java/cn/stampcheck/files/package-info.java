/**
 * Opens a workbook file by its kind (.xlsx/.xls with POI, .ods with the streaming {@code ods.OdsReader}) within
 * {@link cn.stampcheck.files.ReadLimits}: one place for the command
 * line's reports and for rules tables read by the command line and the office extension.
 */
package cn.stampcheck.files;
