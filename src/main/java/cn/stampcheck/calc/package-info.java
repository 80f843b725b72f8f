/**
 * The LibreOffice Calc extension (UNO at the edge): the toolbar and menu commands
 * ({@code stampcheck:check}, clear, next, previous, explain, folder, rules…), reading the open sheet into a
 * grid, writing and clearing marks in the one mark format without touching the form, the 核查结果 record,
 * and warming the rules up when the office starts.
 */
package cn.stampcheck.calc;
