/**
 * The .ods reader: content.xml streamed with the JDK's StAX reader into {@link cn.stampcheck.report.Grid}s,
 * within the limits of {@link cn.stampcheck.files.ReadLimits}, so checking an .ods needs no office.
 */
package cn.stampcheck.ods;
