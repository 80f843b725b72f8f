/**
 * The command line (picocli): {@code check} (text, JSON, --annotate, --overview, --previous), {@code read},
 * {@code rules draft/lint/show/convert} and {@code bench}; exit codes mapped in one place
 * ({@link cn.stampcheck.batch.Status}) and the version from the pom.
 */
package cn.stampcheck.cli;
