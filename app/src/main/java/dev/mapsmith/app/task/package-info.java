/**
 * Background jobs for the window: the executor, the job board the status bar shows, the log. Uses
 * JavaFX properties only, never widgets; results reach the UI thread through the injected executor.
 */
package dev.mapsmith.app.task;
