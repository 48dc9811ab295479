/**
 * The JavaFX widgets (View): lay out and bind to ViewModels, nothing more. May not call the modules
 * or the project directly.
 */
package dev.mapsmith.app.view;
