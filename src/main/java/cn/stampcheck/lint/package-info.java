/**
 * Checking rules files before they are used: a 目标表's cells (named in Chinese at the cell, e.g.
 * 目标表!H7) and an expert's .drl (at file:line), for what would not load and what loads but is probably a
 * mistake; and showing what a file encodes, item by item.
 */
package cn.stampcheck.lint;
