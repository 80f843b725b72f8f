/**
 * The check: a report table and a notice's rules in, findings out. {@link cn.stampcheck.check.ReportChecker}
 * runs the whole path (table → facts → the shared Drools rules → {@link cn.stampcheck.check.Finding}s and
 * {@link cn.stampcheck.check.TargetCheck}s in a {@link cn.stampcheck.check.CheckResult}), reading figures
 * through {@link cn.stampcheck.check.Figures}, taking the clerk's 【说明】 lines ({@link cn.stampcheck.check.Explanation}) into account and comparing with last
 * quarter's report when one is given. Free of POI and UNO.
 */
package cn.stampcheck.check;
