/**
 * The {@code mapsmith} entry point: starts the command line, which starts the window for {@code
 * mapsmith gui}. Holds nothing else.
 */
package dev.mapsmith.app;
