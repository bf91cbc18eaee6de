/** The text side of the interpretation: sentences, text facts, score sheets and declared relations. */
package io.hecha.interpret.text;
