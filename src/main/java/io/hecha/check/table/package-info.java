/**
 * Generic table rules, needing no mapping: column foot (合计/小计 and parent rows), row cross-foot,
 * rate columns and 差额 rows/columns, all on interval numbers with each column's precision.
 */
package io.hecha.check.table;
