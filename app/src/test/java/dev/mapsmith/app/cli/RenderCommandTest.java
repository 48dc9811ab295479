package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.CameraFrame;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.TimedPose;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.sampledrives.GenerateRequest;
import dev.mapsmith.sampledrives.PoseNoise;
import dev.mapsmith.sampledrives.SampleDrives;
import dev.mapsmith.viewer3d.CameraIntrinsics;
import dev.mapsmith.viewer3d.CameraMode;
import dev.mapsmith.viewer3d.CameraProjector;
import dev.mapsmith.viewer3d.CameraState;
import dev.mapsmith.viewer3d.HeadlessRenderer;
import dev.mapsmith.viewer3d.SceneData;
import dev.mapsmith.viewer3d.Trajectory;
import dev.mapsmith.viewer3d.gl.RenderThread;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mapsmith render} on a small generated drive (KITTI layout, 0.3 s) with a project holding
 * one red stop line 12 m ahead of the vehicle: the PNG has the asked size and shows red where the
 * stop line projects, and only there.
 */
class RenderCommandTest {

  static final int RED = 0xFFFF0000;

  @TempDir static Path dir;
  static Path drive;
  static Path project;
  static Primitive stopLine;
  static List<Point3> path = new ArrayList<>();
  static CameraProjector camera;

  static String failOnError;

  @AfterAll
  static void restore() {
    if (failOnError == null) {
      System.clearProperty(RenderThread.FAIL_ON_ERROR);
    } else {
      System.setProperty(RenderThread.FAIL_ON_ERROR, failOnError);
    }
  }

  @BeforeAll
  static void generate() throws Exception {
    // Any GL error while rendering fails the render (and so the command and this test).
    failOnError = System.setProperty(RenderThread.FAIL_ON_ERROR, "true");
    drive =
        SampleDrives.generate(
                GenerateRequest.scenario("straight")
                    .withDuration(0.3)
                    .withPoseNoise(PoseNoise.NONE)
                    .withLidar(32, false)
                    .withThreads(1),
                dir.resolve("drive"),
                ProgressMonitor.NONE)
            .drive();
    try (DriveLog log = DriveLogs.open(drive)) {
      CameraStream cam = log.cameras().get(0);
      CameraFrame f0 = cam.frames().get(0);
      RigidTransform vehicle = log.trajectory().at(f0.timestampNs());
      // A stop line across the lane, 12 m ahead of the vehicle, near the ground.
      Point3 a = vehicle.apply(new Point3(12, -1.5, -1));
      Point3 b = vehicle.apply(new Point3(12, 1.5, -1));
      stopLine =
          new Primitive(
              1,
              MapClass.STOP_LINE,
              Polyline.of(a.x(), a.y(), a.z(), b.x(), b.y(), b.z()),
              Attributes.EMPTY,
              ReviewState.AUTO,
              1,
              new Provenance("test-fixture", "1", "", List.of(), "test", Instant.EPOCH));
      project = dir.resolve("p.mapsmith");
      try (Project p = Project.create(project, log.metadata().frame())) {
        p.insertAll(List.of(stopLine), "test fixture");
      }
      for (TimedPose p : log.trajectory().poses()) {
        path.add(p.vehicleToWorld().apply(new Point3(0, 0, 0)));
      }
      var k = cam.intrinsics();
      BufferedImage img = f0.decode();
      camera =
          new CameraProjector(
              new CameraIntrinsics(k.fx(), k.fy(), k.cx(), k.cy(), img.getWidth(), img.getHeight()),
              vehicle.compose(cam.cameraToVehicle()));
    }
  }

  /** Exit code, stdout, stderr. */
  static String[] run(String... args) {
    PrintStream oldOut = System.out, oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true));
    System.setErr(new PrintStream(err, true));
    try {
      int code = MapsmithCli.run(args);
      return new String[] {Integer.toString(code), out.toString(), err.toString()};
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  static boolean redNear(BufferedImage img, double x, double y, int r) {
    for (int dy = -r; dy <= r; dy++) {
      for (int dx = -r; dx <= r; dx++) {
        int px = (int) Math.floor(x) + dx, py = (int) Math.floor(y) + dy;
        if (px >= 0
            && py >= 0
            && px < img.getWidth()
            && py < img.getHeight()
            && img.getRGB(px, py) == RED) {
          return true;
        }
      }
    }
    return false;
  }

  static int countRed(BufferedImage img) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        n += img.getRGB(x, y) == RED ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void topViewShowsTheStopLineWhereItProjects() throws Exception {
    Path png = dir.resolve("top.png");
    String[] r =
        run(
            "render",
            drive.toString(),
            "--out",
            png.toString(),
            "--project",
            project.toString(),
            "--view",
            "top",
            "--width",
            "320",
            "--height",
            "200",
            "--json");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    JsonNode json = new ObjectMapper().readTree(r[1]);
    assertThat(json.get("primitives").asInt()).isEqualTo(1);
    assertThat(json.get("points").asLong()).isPositive();
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(320);
    assertThat(img.getHeight()).isEqualTo(200);

    // The command frames the trajectory and the primitives; the same framing gives the pixel.
    SceneData framing =
        SceneData.EMPTY
            .withTrajectories(List.of(new Trajectory(Polyline.of(path), 0)))
            .withPrimitives(List.of(stopLine));
    CameraState cam = HeadlessRenderer.fit(framing, CameraMode.TOP, 320, 200);
    Polyline g = stopLine.geometry();
    for (double t : new double[] {0.2, 0.5, 0.8}) {
      Point3 p =
          new Point3(
              g.x(0) + t * (g.x(1) - g.x(0)),
              g.y(0) + t * (g.y(1) - g.y(0)),
              g.z(0) + t * (g.z(1) - g.z(0)));
      double[] px = cam.toPixel(p, 320, 200);
      assertThat(redNear(img, px[0], px[1], 2)).as("red near %s", List.of(px[0], px[1])).isTrue();
    }
    double[] mid = cam.toPixel(g.point(0), 320, 200);
    assertThat(redNear(img, mid[0], mid[1] + 20, 3)).as("no red 20 px away").isFalse();
    assertThat(countRed(img)).isLessThan(200);

    Path plain = dir.resolve("top-plain.png");
    String[] r2 =
        run(
            "render",
            drive.toString(),
            "--out",
            plain.toString(),
            "--width",
            "320",
            "--height",
            "200");
    assertThat(r2[0]).as(r2[2]).isEqualTo("0");
    assertThat(countRed(ImageIO.read(plain.toFile()))).as("no red without the project").isZero();
  }

  @Test
  void cameraViewProjectsTheStopLineOntoTheFrame() throws Exception {
    Path png = dir.resolve("cam.png");
    String[] r =
        run(
            "render",
            drive.toString(),
            "--out",
            png.toString(),
            "--project",
            project.toString(),
            "--view",
            "camera",
            "--frame",
            "0",
            "--json");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    JsonNode json = new ObjectMapper().readTree(r[1]);
    assertThat(json.get("points").asInt()).as("lidar points projected").isPositive();
    BufferedImage img = ImageIO.read(png.toFile());
    assertThat(img.getWidth()).isEqualTo(camera.intrinsics().width());
    assertThat(img.getHeight()).isEqualTo(camera.intrinsics().height());

    Path plain = dir.resolve("cam-plain.png");
    assertThat(run("render", drive.toString(), "--out", plain.toString(), "--view", "camera")[0])
        .isEqualTo("0");
    BufferedImage without = ImageIO.read(plain.toFile());
    double[] a = camera.project(stopLine.geometry().point(0));
    double[] b = camera.project(stopLine.geometry().point(1));
    int onLine = 0, redWithout = 0;
    for (int i = 1; i < 10; i++) {
      double u = a[0] + i / 10.0 * (b[0] - a[0]), v = a[1] + i / 10.0 * (b[1] - a[1]);
      assertThat(redNear(img, u, v, 1)).as("red at %.1f, %.1f", u, v).isTrue();
      onLine++;
      redWithout += redNear(without, u, v, 1) ? 1 : 0;
    }
    assertThat(redWithout).as("the red comes from the primitive").isLessThan(onLine);
    // Lidar coloured by depth lands in the image.
    assertThat(countDiffering(img, without)).isPositive();

    Path small = dir.resolve("cam-small.png");
    assertThat(
            run(
                "render",
                drive.toString(),
                "--out",
                small.toString(),
                "--view",
                "camera",
                "--width",
                "320")[0])
        .isEqualTo("0");
    BufferedImage scaled = ImageIO.read(small.toFile());
    assertThat(scaled.getWidth()).isEqualTo(320);
    assertThat(scaled.getHeight())
        .as("--width alone keeps the camera's aspect")
        .isEqualTo((int) Math.round(320.0 * img.getHeight() / img.getWidth()));
  }

  static int countDiffering(BufferedImage a, BufferedImage b) {
    int n = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void badInputGivesAClearErrorAndNoFile() throws Exception {
    Path png = dir.resolve("bad.png");
    String[] missing = run("render", dir.resolve("nowhere").toString(), "--out", png.toString());
    assertThat(missing[0]).isEqualTo("1");
    assertThat(missing[2]).contains("drive not found", "nowhere");

    Path notProject = Files.writeString(dir.resolve("bad.mapsmith"), "not sqlite".repeat(20));
    String[] bad =
        run(
            "render",
            drive.toString(),
            "--out",
            png.toString(),
            "--project",
            notProject.toString(),
            "--json");
    assertThat(bad[0]).isEqualTo("1");
    assertThat(bad[1]).contains("\"error\"").contains("bad.mapsmith");

    String[] range =
        run(
            "render",
            drive.toString(),
            "--out",
            png.toString(),
            "--view",
            "camera",
            "--frame",
            "999");
    assertThat(range[0]).isEqualTo("2");
    assertThat(range[2]).contains("--frame 999 is out of range");

    String[] view = run("render", drive.toString(), "--out", png.toString(), "--view", "side");
    assertThat(view[0]).isEqualTo("2");
    assertThat(view[2]).contains("unknown --view 'side'");

    Path pcd =
        Files.writeString(
            dir.resolve("one.pcd"),
            "VERSION 0.7\nFIELDS x y z intensity\nSIZE 4 4 4 4\nTYPE F F F F\nCOUNT 1 1 1 1\n"
                + "WIDTH 2\nHEIGHT 1\nPOINTS 2\nDATA ascii\n1 2 3 0.5\n4 5 6 0.2\n");
    String[] noCamera = run("render", pcd.toString(), "--out", png.toString(), "--view", "camera");
    assertThat(noCamera[0]).isEqualTo("1");
    assertThat(noCamera[2]).contains("no camera", "one.pcd");

    assertThat(png).doesNotExist();
  }
}
