package dev.mapsmith.core.geom;

/** An axis-aligned rectangle in the ground plane. Empty when min is greater than max. */
public record Bounds2(double minX, double minY, double maxX, double maxY) {

  public static final Bounds2 EMPTY =
      new Bounds2(
          Double.POSITIVE_INFINITY,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY,
          Double.NEGATIVE_INFINITY);

  public boolean isEmpty() {
    return minX > maxX || minY > maxY;
  }

  public double width() {
    return isEmpty() ? 0 : maxX - minX;
  }

  public double height() {
    return isEmpty() ? 0 : maxY - minY;
  }

  public boolean contains(double x, double y) {
    return x >= minX && x <= maxX && y >= minY && y <= maxY;
  }

  public boolean intersects(Bounds2 o) {
    return !isEmpty()
        && !o.isEmpty()
        && o.minX <= maxX
        && o.maxX >= minX
        && o.minY <= maxY
        && o.maxY >= minY;
  }

  public Bounds2 include(double x, double y) {
    return new Bounds2(Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y));
  }

  public Bounds2 union(Bounds2 o) {
    if (o.isEmpty()) {
      return this;
    }
    return include(o.minX, o.minY).include(o.maxX, o.maxY);
  }

  public Bounds2 expand(double margin) {
    return isEmpty()
        ? this
        : new Bounds2(minX - margin, minY - margin, maxX + margin, maxY + margin);
  }

  /** Parses {@code XMIN,YMIN,XMAX,YMAX}, as the command line takes an area. */
  public static Bounds2 parse(String text) {
    String[] parts = text.split(",");
    if (parts.length != 4) {
      throw new IllegalArgumentException("an area is XMIN,YMIN,XMAX,YMAX, not '" + text + "'");
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number in area '" + text + "': " + parts[i]);
      }
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException(
            "area '" + text + "' has a value that is not a finite number: " + parts[i].trim());
      }
    }
    if (v[0] >= v[2] || v[1] >= v[3]) {
      throw new IllegalArgumentException("area '" + text + "' has min not below max");
    }
    return new Bounds2(v[0], v[1], v[2], v[3]);
  }
}
