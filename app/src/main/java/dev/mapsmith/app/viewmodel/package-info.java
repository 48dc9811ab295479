/**
 * The window's state and actions (ViewModel), testable without the JavaFX toolkit. May use JavaFX
 * properties and collections, never widgets or scene-graph classes.
 */
package dev.mapsmith.app.viewmodel;
