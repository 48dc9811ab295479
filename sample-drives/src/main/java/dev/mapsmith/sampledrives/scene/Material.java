package dev.mapsmith.sampledrives.scene;

/** Surface materials: lidar reflectivity in [0, 1] and a camera colour (RGB). */
public enum Material {
  ASPHALT(0.07, 0x4a4a4c),
  PAINT_WHITE(0.85, 0xe8e8e6),
  PAINT_YELLOW(0.72, 0xe0b830),
  CONCRETE(0.30, 0xb4b0a8),
  GRASS(0.14, 0x4e7a3a),
  BUILDING(0.25, 0xb89a7c),
  CAR(0.40, 0x8c2a2a),
  METAL(0.45, 0x8a8e92),
  BARRIER(0.32, 0xc8c8c0),
  TRUNK(0.15, 0x5a4030),
  FOLIAGE(0.12, 0x2e6a2c),
  PAINT_FADED(0.40, 0xa8a8a4),
  ASPHALT_DARK(0.04, 0x303032),
  ASPHALT_LIGHT(0.13, 0x6c6c6a);

  static final Material[] ALL = values();

  private final float reflectivity;
  private final int rgb;

  Material(double reflectivity, int rgb) {
    this.reflectivity = (float) reflectivity;
    this.rgb = rgb;
  }

  public float reflectivity() {
    return reflectivity;
  }

  public int rgb() {
    return rgb;
  }

  /** Whether this is road paint (high, retro-reflective return). */
  public boolean isPaint() {
    return this == PAINT_WHITE || this == PAINT_YELLOW || this == PAINT_FADED;
  }
}
