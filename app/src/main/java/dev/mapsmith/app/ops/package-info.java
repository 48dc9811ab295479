/**
 * Operations shared by the window and the command line (truth scoring, reconstruction import,
 * exports, demo setup, clouds for the 3D view). No JavaFX; runs off the UI thread.
 */
package dev.mapsmith.app.ops;
