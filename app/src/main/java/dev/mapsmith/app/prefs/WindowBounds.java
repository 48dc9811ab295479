package dev.mapsmith.app.prefs;

/** The main window's position and size (NaN position: let the platform place it). */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {}
