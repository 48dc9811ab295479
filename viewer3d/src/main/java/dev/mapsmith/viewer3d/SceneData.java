package dev.mapsmith.viewer3d;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Primitive;
import java.util.List;
import java.util.Set;

/**
 * Everything a viewport shows, as one immutable value. Change it with the {@code with} methods and
 * hand the new value to {@link Viewport#setScene}; clouds are uploaded once per {@link PointCloud}
 * instance, the rest is rebuilt when it changes.
 *
 * @param primitives the map's primitives; a {@link PrimitiveSet} (immutable, shared between
 *     versions) is kept as it is, any other list is copied
 * @param hovered the id of the primitive under the pointer, 0 for none
 * @param areaSelection the area-selection polygon being drawn, or null
 * @param gridSpacing metres between grid lines; 0 hides the grid
 * @param groundZ height of the grid plane
 * @param radar radar layers, drawn apart from the clouds (see {@link RadarReturns})
 */
public record SceneData(
    List<PointCloud> clouds,
    PointColorMode colorMode,
    float pointSize,
    List<Trajectory> trajectories,
    List<Primitive> primitives,
    Set<Long> selected,
    long hovered,
    Polyline areaSelection,
    double gridSpacing,
    double groundZ,
    boolean axes,
    List<CameraFrustum> frustums,
    List<RadarReturns> radar) {

  public static final SceneData EMPTY =
      new SceneData(
          List.of(),
          PointColorMode.INTENSITY,
          2,
          List.of(),
          List.of(),
          Set.of(),
          0,
          null,
          0,
          0,
          false,
          List.of(),
          List.of());

  public SceneData {
    clouds = List.copyOf(clouds);
    trajectories = List.copyOf(trajectories);
    primitives = primitives instanceof PrimitiveSet ? primitives : List.copyOf(primitives);
    selected = Set.copyOf(selected);
    frustums = List.copyOf(frustums);
    radar = List.copyOf(radar);
    if (!(pointSize >= 1 && pointSize <= 64)) {
      throw new IllegalArgumentException("point size out of range: " + pointSize);
    }
  }

  public SceneData withClouds(List<PointCloud> c) {
    return new SceneData(
        c,
        colorMode,
        pointSize,
        trajectories,
        primitives,
        selected,
        hovered,
        areaSelection,
        gridSpacing,
        groundZ,
        axes,
        frustums,
        radar);
  }

  public SceneData withColorMode(PointColorMode m) {
    return new SceneData(
        clouds,
        m,
        pointSize,
        trajectories,
        primitives,
        selected,
        hovered,
        areaSelection,
        gridSpacing,
        groundZ,
        axes,
        frustums,
        radar);
  }

  public SceneData withPointSize(float s) {
    return new SceneData(
        clouds,
        colorMode,
        s,
        trajectories,
        primitives,
        selected,
        hovered,
        areaSelection,
        gridSpacing,
        groundZ,
        axes,
        frustums,
        radar);
  }

  public SceneData withTrajectories(List<Trajectory> t) {
    return new SceneData(
        clouds,
        colorMode,
        pointSize,
        t,
        primitives,
        selected,
        hovered,
        areaSelection,
        gridSpacing,
        groundZ,
        axes,
        frustums,
        radar);
  }

  public SceneData withPrimitives(List<Primitive> p) {
    return new SceneData(
        clouds,
        colorMode,
        pointSize,
        trajectories,
        p,
        selected,
        hovered,
        areaSelection,
        gridSpacing,
        groundZ,
        axes,
        frustums,
        radar);
  }

  public SceneData withSelection(Set<Long> s, long hover) {
    return new SceneData(
        clouds,
        colorMode,
        pointSize,
        trajectories,
        primitives,
        s,
        hover,
        areaSelection,
        gridSpacing,
        groundZ,
        axes,
        frustums,
        radar);
  }

  public SceneData withAreaSelection(Polyline polygon) {
    return new SceneData(
        clouds,
        colorMode,
        pointSize,
        trajectories,
        primitives,
        selected,
        hovered,
        polygon,
        gridSpacing,
        groundZ,
        axes,
        frustums,
        radar);
  }

  public SceneData withGrid(double spacing, double z, boolean showAxes) {
    return new SceneData(
        clouds,
        colorMode,
        pointSize,
        trajectories,
        primitives,
        selected,
        hovered,
        areaSelection,
        spacing,
        z,
        showAxes,
        frustums,
        radar);
  }

  public SceneData withFrustums(List<CameraFrustum> f) {
    return new SceneData(
        clouds,
        colorMode,
        pointSize,
        trajectories,
        primitives,
        selected,
        hovered,
        areaSelection,
        gridSpacing,
        groundZ,
        axes,
        f,
        radar);
  }

  public SceneData withRadar(List<RadarReturns> r) {
    return new SceneData(
        clouds,
        colorMode,
        pointSize,
        trajectories,
        primitives,
        selected,
        hovered,
        areaSelection,
        gridSpacing,
        groundZ,
        axes,
        frustums,
        r);
  }
}
