package dev.mapsmith.app.viewmodel;

/** One row of the inspector: a name, its value as text, and whether the user may edit it. */
public record AttributeRow(String key, String value, boolean editable) {}
