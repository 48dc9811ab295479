/**
 * The {@code mapsmith} subcommands (picocli): parse options, call ops and modules, print one JSON
 * object with {@code --json}. No JavaFX; no logic another entry point needs (that goes to {@code
 * app.ops}).
 */
package dev.mapsmith.app.cli;
