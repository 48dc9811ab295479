package dev.mapsmith.app.cli;

import dev.mapsmith.app.ops.RadarLayer;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.CameraFrame;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.TimedPose;
import dev.mapsmith.labeling.OpenOptions;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.viewer3d.CameraIntrinsics;
import dev.mapsmith.viewer3d.CameraMode;
import dev.mapsmith.viewer3d.CameraProjector;
import dev.mapsmith.viewer3d.CameraState;
import dev.mapsmith.viewer3d.CameraView;
import dev.mapsmith.viewer3d.EyeDomeLighting;
import dev.mapsmith.viewer3d.Frame;
import dev.mapsmith.viewer3d.HeadlessRenderer;
import dev.mapsmith.viewer3d.PointCloud;
import dev.mapsmith.viewer3d.PointColorMode;
import dev.mapsmith.viewer3d.RadarReturns;
import dev.mapsmith.viewer3d.SceneData;
import dev.mapsmith.viewer3d.Trajectory;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mapsmith render PATH --out FILE.png}: renders a drive, with a project's primitives, to a
 * PNG with no display. {@code top} and {@code orbit} draw the lidar (the whole drive, or sweep
 * {@code --frame}) through the 3D viewport; {@code camera} draws camera frame {@code --frame} with
 * the lidar sweep nearest in time projected and coloured by depth, and the primitives projected.
 */
@Command(
    name = "render",
    description = "Render a drive (and a project's primitives) to a PNG, with no display.")
public final class RenderCommand extends JsonCommand {

  /** Most lidar points loaded for a whole-drive view; sweeps and points are thinned to fit. */
  static final int MAX_POINTS = 4_000_000;

  static final int MAX_SWEEPS = 200;

  @Parameters(
      index = "0",
      paramLabel = "PATH",
      description = "The drive (any format drivelog reads).")
  Path drive;

  @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The PNG.")
  Path out;

  @Option(names = "--project", paramLabel = "FILE", description = "Draw this project's primitives.")
  Path project;

  @Option(
      names = "--view",
      defaultValue = "top",
      description = "top, orbit or camera (default ${DEFAULT-VALUE}).")
  String view;

  @Option(
      names = "--frame",
      paramLabel = "N",
      description =
          "Camera frame (camera view, default 0) or lidar sweep (top, orbit; default all).")
  Integer frame;

  @Option(names = "--camera", paramLabel = "NAME", description = "Camera stream (default: first).")
  String cameraName;

  @Option(
      names = "--width",
      paramLabel = "W",
      description = "Width (default 1280, camera: its own).")
  Integer width;

  @Option(
      names = "--height",
      paramLabel = "H",
      description = "Height (default 720, camera: its own).")
  Integer height;

  @Option(
      names = "--color",
      defaultValue = "intensity",
      description =
          "Lidar colour in top/orbit: intensity, height or time (default ${DEFAULT-VALUE}).")
  String color;

  @Option(names = "--edl", description = "Eye-dome lighting on the lidar (top and orbit views).")
  boolean edl;

  @Override
  protected String name() {
    return "render";
  }

  @Override
  protected Map<String, Object> execute(ProgressMonitor progress) throws Exception {
    String v = view.toLowerCase(Locale.ROOT);
    if (!List.of("top", "orbit", "camera").contains(v)) {
      throw new UsageException("unknown --view '" + view + "'; use top, orbit or camera");
    }
    PointColorMode mode = colorMode();
    checkSize(width, "--width");
    checkSize(height, "--height");
    if (frame != null && frame < 0) {
      throw new UsageException("--frame must be 0 or more: " + frame);
    }
    if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
      throw new UsageException("--out must name a .png file: " + out);
    }
    if (!Files.exists(drive)) {
      throw new IllegalArgumentException("drive not found: " + drive);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    try (DriveLog log = DriveLogs.open(drive)) {
      List<Primitive> primitives = primitives(log.metadata().frame());
      progress.progress(0.1, "loading lidar");
      result.put("drive", drive.toString());
      result.put("view", v);
      if (v.equals("camera")) {
        renderCamera(log, primitives, progress, result);
      } else {
        renderScene(
            log,
            primitives,
            mode,
            v.equals("top") ? CameraMode.TOP : CameraMode.ORBIT,
            progress,
            result);
      }
      result.put("primitives", primitives.size());
      result.put("out", out.toString());
    }
    return result;
  }

  private PointColorMode colorMode() {
    return switch (color.toLowerCase(Locale.ROOT)) {
      case "intensity" -> PointColorMode.INTENSITY;
      case "height" -> PointColorMode.HEIGHT;
      case "time" -> PointColorMode.TIME;
      default ->
          throw new UsageException(
              "unknown --color '" + color + "'; use intensity, height or time");
    };
  }

  private static void checkSize(Integer v, String option) {
    if (v != null && (v < 16 || v > 16384)) {
      throw new UsageException(option + " must be between 16 and 16384: " + v);
    }
  }

  /** The project's primitives in the drive's frame; none without --project. */
  private List<Primitive> primitives(FrameOfReference driveFrame) {
    if (project == null) {
      return List.of();
    }
    if (!Files.isRegularFile(project)) {
      throw new IllegalArgumentException("project not found: " + project);
    }
    try (Project p = Project.open(project, OpenOptions.READ_ONLY)) {
      return List.copyOf(p.snapshot().convertedTo(driveFrame).primitives());
    } catch (dev.mapsmith.core.frame.FrameMismatchException e) {
      throw new IllegalArgumentException(
          project + ": project frame cannot be converted to the drive's " + driveFrame.describe(),
          e);
    }
  }

  private void renderScene(
      DriveLog log,
      List<Primitive> primitives,
      PointColorMode mode,
      CameraMode cameraMode,
      ProgressMonitor progress,
      Map<String, Object> result)
      throws Exception {
    List<LidarSweep> sweeps = log.sweeps();
    List<LidarSweep> chosen;
    if (frame != null) {
      if (frame >= sweeps.size()) {
        throw new UsageException(
            "--frame " + frame + " is out of range: the drive has " + sweeps.size() + " sweeps");
      }
      chosen = List.of(sweeps.get(frame));
    } else {
      chosen = new ArrayList<>();
      int step = Math.max(1, (sweeps.size() + MAX_SWEEPS - 1) / MAX_SWEEPS);
      for (int i = 0; i < sweeps.size(); i += step) {
        chosen.add(sweeps.get(i));
      }
    }
    PointCloud cloud = Lidar.load(log, chosen, MAX_POINTS, progress);
    List<Point3> path = new ArrayList<>();
    for (TimedPose p : log.trajectory().poses()) {
      path.add(p.vehicleToWorld().apply(new Point3(0, 0, 0)));
    }
    List<Trajectory> trajectories =
        path.size() >= 2 ? List.of(new Trajectory(Polyline.of(path), 0x00C8FF)) : List.of();
    SceneData framing = SceneData.EMPTY.withTrajectories(trajectories).withPrimitives(primitives);
    if (frame != null || framing.trajectories().isEmpty() && primitives.isEmpty()) {
      framing = framing.withClouds(List.of(cloud));
    }
    int w = width == null ? 1280 : width, h = height == null ? 720 : height;
    CameraState camera = HeadlessRenderer.fit(framing, cameraMode, w, h);
    List<RadarReturns> radar =
        frame == null ? List.of() : RadarLayer.near(log, chosen.get(0).timestampNs());
    SceneData scene =
        SceneData.EMPTY
            .withClouds(List.of(cloud))
            .withColorMode(mode)
            .withTrajectories(trajectories)
            .withPrimitives(primitives)
            .withRadar(radar);
    progress.checkCancelled();
    progress.progress(0.6, "rendering");
    Frame f = HeadlessRenderer.render(scene, camera, w, h, edl ? EyeDomeLighting.DEFAULT : null);
    HeadlessRenderer.writePng(f, out);
    result.put("width", w);
    result.put("height", h);
    result.put("sweeps", chosen.size());
    result.put("points", f.pointsTotal());
    result.put("points_drawn", f.pointsDrawn());
    result.put("radar_returns", radar.stream().mapToInt(RadarReturns::size).sum());
  }

  private void renderCamera(
      DriveLog log,
      List<Primitive> primitives,
      ProgressMonitor progress,
      Map<String, Object> result)
      throws Exception {
    List<CameraStream> cams = log.cameras();
    if (cams.isEmpty()) {
      throw new IllegalArgumentException(drive + ": the drive has no camera; use --view top");
    }
    CameraStream cam = cams.get(0);
    if (cameraName != null) {
      cam =
          cams.stream()
              .filter(c -> c.name().equals(cameraName))
              .findFirst()
              .orElseThrow(
                  () ->
                      new UsageException(
                          "no camera '"
                              + cameraName
                              + "'; the drive has "
                              + cams.stream().map(CameraStream::name).toList()));
    }
    int n = frame == null ? 0 : frame;
    if (n >= cam.frames().size()) {
      throw new UsageException(
          "--frame "
              + n
              + " is out of range: camera "
              + cam.name()
              + " has "
              + cam.frames().size()
              + " frames");
    }
    CameraFrame cf = cam.frames().get(n);
    BufferedImage image = cf.decode();
    var k = cam.intrinsics();
    CameraIntrinsics intrinsics =
        new CameraIntrinsics(k.fx(), k.fy(), k.cx(), k.cy(), image.getWidth(), image.getHeight());
    RigidTransform cameraToWorld =
        log.trajectory().at(cf.timestampNs()).compose(cam.cameraToVehicle());
    LidarSweep sweep = nearest(log.sweeps(), cf.timestampNs());
    PointCloud cloud =
        sweep == null ? null : Lidar.load(log, List.of(sweep), Integer.MAX_VALUE, progress);
    progress.checkCancelled();
    List<RadarReturns> radar = RadarLayer.near(log, cf.timestampNs());
    BufferedImage img =
        CameraView.render(
            toRgb(image), new CameraProjector(intrinsics, cameraToWorld), cloud, primitives, radar);
    result.put("radar_returns", radar.stream().mapToInt(RadarReturns::size).sum());
    // One of --width/--height keeps the camera's aspect; both may stretch it.
    int w = img.getWidth(), h = img.getHeight();
    if (width != null && height != null) {
      w = width;
      h = height;
    } else if (width != null) {
      h = Math.max(1, (int) Math.round((double) width * h / w));
      w = width;
    } else if (height != null) {
      w = Math.max(1, (int) Math.round((double) height * w / h));
      h = height;
    }
    HeadlessRenderer.writePng(scaled(img, w, h), out);
    result.put("width", w);
    result.put("height", h);
    result.put("camera", cam.name());
    result.put("frame", n);
    result.put("points", cloud == null ? 0 : cloud.size());
  }

  private static LidarSweep nearest(List<LidarSweep> sweeps, long t) {
    LidarSweep best = null;
    for (LidarSweep s : sweeps) {
      if (best == null || Math.abs(s.timestampNs() - t) < Math.abs(best.timestampNs() - t)) {
        best = s;
      }
    }
    return best;
  }

  private static BufferedImage toRgb(BufferedImage src) {
    BufferedImage rgb =
        new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
    var g = rgb.createGraphics();
    g.drawImage(src, 0, 0, null);
    g.dispose();
    return rgb;
  }

  private static BufferedImage scaled(BufferedImage img, int w, int h) {
    if (img.getWidth() == w && img.getHeight() == h) {
      return img;
    }
    BufferedImage s = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    var g = s.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(img, 0, 0, w, h, null);
    g.dispose();
    return s;
  }

  /** Loads lidar sweeps in the drive's frame into one viewer cloud, thinned to a point cap. */
  static final class Lidar {

    private Lidar() {}

    static PointCloud load(
        DriveLog log, List<LidarSweep> sweeps, int maxPoints, ProgressMonitor progress)
        throws Exception {
      List<dev.mapsmith.drivelog.PointCloud> parts = new ArrayList<>();
      List<Long> times = new ArrayList<>();
      long total = 0;
      for (int i = 0; i < sweeps.size(); i++) {
        progress.checkCancelled();
        parts.add(sweeps.get(i).loadInWorld(log.trajectory()));
        times.add(sweeps.get(i).timestampNs());
        total += parts.get(i).size();
        progress.progress(0.1 + 0.5 * (i + 1) / sweeps.size(), "loading lidar");
      }
      int stride = (int) Math.max(1, (total + maxPoints - 1) / maxPoints);
      int n = 0;
      for (var p : parts) {
        n += (p.size() + stride - 1) / stride;
      }
      float[] xyz = new float[3 * n];
      float[] intensity = new float[n];
      float[] time = new float[n];
      long t0 = log.metadata().startNs();
      int k = 0;
      for (int s = 0; s < parts.size(); s++) {
        var p = parts.get(s);
        float base = (times.get(s) - t0) / 1e9f;
        for (int i = 0; i < p.size(); i += stride) {
          xyz[3 * k] = p.x()[i];
          xyz[3 * k + 1] = p.y()[i];
          xyz[3 * k + 2] = p.z()[i];
          intensity[k] = p.intensity()[i];
          time[k] = base + (p.time() == null ? 0 : p.time()[i]);
          k++;
        }
      }
      return PointCloud.of(xyz, intensity).withTimes(time);
    }
  }
}
