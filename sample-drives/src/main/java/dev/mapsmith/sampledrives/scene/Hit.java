package dev.mapsmith.sampledrives.scene;

/** The result of a ray cast, reused per thread: distance, material and surface normal. */
public final class Hit {
  public double t;
  public Material material;
  public double nx;
  public double ny;
  public double nz;
  public double x;
  public double y;
}
