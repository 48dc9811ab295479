package dev.mapsmith.app.model;

import dev.mapsmith.core.geom.Bounds2;

/** A reconstructed area of the project and its review progress. */
public record AreaRow(String name, Bounds2 bounds, int reviewed, int total) {

  public String describe() {
    int pct = total == 0 ? 0 : (int) Math.round(100.0 * reviewed / total);
    return String.format("%s: %d of %d reviewed (%d%%)", name, reviewed, total, pct);
  }
}
