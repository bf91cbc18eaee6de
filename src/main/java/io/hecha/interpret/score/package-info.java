/**
 * Score sheets found by their header rows wherever they stand (a report's 评分表, a 自评表's 项目资金 and
 * indicator blocks, sheets split at page breaks counted once), and the scores stated in text (the overall
 * score, dimension scores), as facts for the relation rules.
 */
package io.hecha.interpret.score;
