/**
 * Starting the JavaFX window (also headless, for screenshots and tests) and wiring the real
 * services into the ViewModels. Builds no widgets itself (that is {@code app.view}).
 */
package dev.mapsmith.app.gui;
