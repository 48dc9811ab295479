/** The user's preferences (recent files, window bounds) in a small file. No UI. */
package dev.mapsmith.app.prefs;
