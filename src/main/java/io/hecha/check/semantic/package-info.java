/**
 * Semantic rules: relations that hold by the meaning of what is stated (净值 = 原值 − 累计折旧,
 * score sheets, grades, the same fact stated in several places), found by header and label words so
 * that they work on reports nobody has seen.
 */
package io.hecha.check.semantic;
