package dev.mapsmith.drivelog.map.opendrive;

/** {@code <line/>}: a straight piece along the start heading. */
public record LineGeometry(Start start) implements PlanGeometry {

  @Override
  public CurvePoint at(double ds) {
    return start.local(ds, 0, 0, 0);
  }
}
