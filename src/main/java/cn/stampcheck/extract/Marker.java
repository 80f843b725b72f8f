package cn.stampcheck.extract;

/**
 * What a figure's clause says about its period. Year-to-date figures (累计, 截至, 共, 已) win over
 * unmarked ones, and unmarked ones over this quarter's (本季度).
 */
public enum Marker {
    CUMULATIVE,
    PLAIN,
    QUARTER
}
