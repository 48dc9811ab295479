package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.drivelog.TimedPose;
import dev.mapsmith.viewer3d.PointCloud;
import dev.mapsmith.viewer3d.PointColorMode;
import dev.mapsmith.viewer3d.SceneData;
import dev.mapsmith.viewer3d.Trajectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds what the 3D viewport shows from the window's state: the drives' lidar and trajectories
 * (the active one brighter), the project's primitives, the selection, and a 10 m ground grid a
 * little below the first pose.
 */
public final class SceneContent {

  static final int ACTIVE_RGB = 0x4fc3f7;
  static final int OTHER_RGB = 0x2a6f8f;

  private SceneContent() {}

  public static SceneData build(
      List<LoadedDrive> drives,
      LoadedDrive active,
      List<PointCloud> clouds,
      List<Primitive> primitives,
      Primitive selected) {
    List<Trajectory> paths = new ArrayList<>();
    double groundZ = 0;
    for (LoadedDrive d : drives) {
      List<TimedPose> poses = d.log().trajectory().poses();
      if (poses.size() < 2) {
        continue;
      }
      double[] xyz = new double[poses.size() * 3];
      for (int i = 0; i < poses.size(); i++) {
        xyz[3 * i] = poses.get(i).vehicleToWorld().tx();
        xyz[3 * i + 1] = poses.get(i).vehicleToWorld().ty();
        xyz[3 * i + 2] = poses.get(i).vehicleToWorld().tz();
      }
      if (paths.isEmpty()) {
        groundZ = xyz[2] - 1.7;
      }
      paths.add(new Trajectory(Polyline.of(xyz), d == active ? ACTIVE_RGB : OTHER_RGB));
    }
    return SceneData.EMPTY
        .withClouds(clouds)
        .withColorMode(PointColorMode.INTENSITY)
        .withTrajectories(paths)
        .withPrimitives(primitives)
        .withSelection(selected == null ? Set.of() : Set.of(selected.id()), 0)
        .withGrid(10, groundZ, false);
  }
}
