/**
 * The {@code hecha} command line (picocli): one {@code Callable<Integer>} class per subcommand,
 * exit codes in {@link io.hecha.cli.ExitCodes}.
 */
package io.hecha.cli;
