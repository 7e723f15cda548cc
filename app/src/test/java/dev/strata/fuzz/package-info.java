/**
 * Fuzz tests: each feeds arbitrary bytes to one reader of user input and checks that
 * nothing but {@link dev.strata.source.InputException} escapes, within a time bound.
 *
 * <p>In {@code ./mvnw verify} they replay the seed inputs under
 * {@code src/test/resources/dev/strata/fuzz/*Inputs}; {@code ./mvnw -Pfuzz verify} fuzzes
 * each target in turn.
 */
package dev.strata.fuzz;
