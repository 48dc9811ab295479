package dev.mapsmith.labeling;

/** Told after each change has been committed to the project file, on the thread that made it. */
@FunctionalInterface
public interface MapChangeListener {

  void mapChanged(MapChange change);
}
