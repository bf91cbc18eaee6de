/**
 * Generic running-text rules: sentences and the numbers they state, and claims checked against
 * their base in the same sentence (change and its rate, ratio and its parts, share of a total).
 */
package io.hecha.check.text;
