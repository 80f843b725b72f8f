/**
 * Apache POI at the edge: reading .xlsx and .xls reports into grids (formulas without results worked out),
 * writing annotated copies in the one mark format, the 目标表 a draft becomes, and a folder run's overview.
 */
package cn.stampcheck.poi;
