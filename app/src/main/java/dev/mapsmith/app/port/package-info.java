/**
 * The ports through which the ViewModels reach the modules (drive opener, demo drive,
 * reconstruction, viewport) and their availability; tests plug in fakes here. No JavaFX widgets.
 */
package dev.mapsmith.app.port;
