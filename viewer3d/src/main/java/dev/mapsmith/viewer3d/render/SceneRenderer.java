package dev.mapsmith.viewer3d.render;

import static org.lwjgl.opengl.GL33C.*;

import dev.mapsmith.viewer3d.CameraMode;
import dev.mapsmith.viewer3d.CameraState;
import dev.mapsmith.viewer3d.EyeDomeLighting;
import dev.mapsmith.viewer3d.PickResult;
import dev.mapsmith.viewer3d.PointCloud;
import dev.mapsmith.viewer3d.SceneData;
import dev.mapsmith.viewer3d.gl.GlObjects;
import dev.mapsmith.viewer3d.gl.OffscreenTarget;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.joml.Matrix4d;
import org.joml.Matrix4f;
import org.joml.Vector3d;
import org.joml.Vector3f;

/**
 * Draws a {@link SceneData} into an {@link OffscreenTarget}: grid, cloud (within a point budget),
 * overlays, vertex handles. Keeps GPU data per cloud instance and rebuilds line geometry when the
 * scene value changes. Render thread only.
 */
public final class SceneRenderer implements AutoCloseable {

  /** Background colour, a dark blue-grey. */
  public static final float[] BACKGROUND = {0.08f, 0.09f, 0.11f};

  private final GlObjects objects;
  private final ShaderProgram points;
  private final ShaderProgram lines;
  private final ShaderProgram markers;
  private final Map<PointCloud, CloudGpu> clouds = new IdentityHashMap<>();
  private SceneData scene = SceneData.EMPTY;
  private SceneGeometry geometry;
  private MeshGpu gridMesh;
  private MeshGpu overlayMesh;
  private MeshGpu handleMesh;
  private Matrix4d lastViewProj = new Matrix4d();
  private EyeDomeLighting eyeDome;
  private EyeDomePass eyeDomePass;

  public SceneRenderer(GlObjects objects) {
    this.objects = objects;
    points = new ShaderProgram(objects, "points", Shaders.POINTS_VS, Shaders.POINTS_FS);
    lines = new ShaderProgram(objects, "lines", Shaders.LINES_VS, Shaders.LINES_FS);
    markers = new ShaderProgram(objects, "markers", Shaders.MARKERS_VS, Shaders.MARKERS_FS);
    setScene(SceneData.EMPTY);
  }

  /** Uploads clouds new to this scene, frees those no longer in it, rebuilds line geometry. */
  public void setScene(SceneData next) {
    List<PointCloud> keep = next.clouds();
    for (PointCloud old : new ArrayList<>(clouds.keySet())) {
      if (keep.stream().noneMatch(c -> c == old)) {
        clouds.remove(old).close();
      }
    }
    for (PointCloud c : keep) {
      clouds.computeIfAbsent(c, k -> new CloudGpu(objects, k));
    }
    scene = next;
    closeMeshes();
    geometry = SceneGeometry.build(next, bounds());
    gridMesh = MeshGpu.lines(objects, geometry.grid);
    overlayMesh = MeshGpu.lines(objects, geometry.overlay);
    handleMesh = MeshGpu.markers(objects, geometry.handles);
  }

  /** min x, y, z, max x, y, z over the clouds and primitives; infinite when there is nothing. */
  public float[] bounds() {
    float[] b = {
      Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY,
      Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY
    };
    for (CloudGpu c : clouds.values()) {
      float[] cb = c.bounds();
      for (int k = 0; k < 3; k++) {
        b[k] = Math.min(b[k], cb[k]);
        b[k + 3] = Math.max(b[k + 3], cb[k + 3]);
      }
    }
    for (var p : scene.primitives()) {
      for (int i = 0; i < p.geometry().size(); i++) {
        double[] v = {p.geometry().x(i), p.geometry().y(i), p.geometry().z(i)};
        for (int k = 0; k < 3; k++) {
          b[k] = Math.min(b[k], (float) v[k]);
          b[k + 3] = Math.max(b[k + 3], (float) v[k]);
        }
      }
    }
    return b;
  }

  /**
   * Eye-dome lighting for the cloud (and grid) from the next draw on; null turns it off and frees
   * its textures.
   */
  public void setEyeDome(EyeDomeLighting edl) {
    eyeDome = edl;
    if (edl == null && eyeDomePass != null) {
      eyeDomePass.close();
      eyeDomePass = null;
    }
  }

  /** Cloud points in the scene. */
  public long totalPoints() {
    return clouds.values().stream().mapToLong(CloudGpu::size).sum();
  }

  /**
   * Draws the scene; {@code budget} caps cloud points drawn, or {@code Long.MAX_VALUE} with {@code
   * raw} draws every point without level of detail. Returns points drawn.
   */
  public long draw(OffscreenTarget target, CameraState camera, long budget, boolean raw) {
    target.clear(BACKGROUND[0], BACKGROUND[1], BACKGROUND[2]);
    double aspect = (double) target.width() / target.height();
    Matrix4d proj = camera.projectionMatrix(aspect, true);
    Matrix4d viewProj = new Matrix4d(proj).mul(camera.viewMatrix());
    lastViewProj = viewProj;
    Matrix4f vp = new Matrix4f(viewProj);
    float pxPerMetre = (float) (Math.abs(proj.m11()) * target.height() / 2);
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LEQUAL);
    glDisable(GL_BLEND);
    glDisable(GL_CULL_FACE);
    glEnable(GL_PROGRAM_POINT_SIZE);
    lines.use();
    lines.set("uViewProj", vp);
    lines.set("uViewport", target.width(), target.height());
    lines.set("uPxPerMetre", pxPerMetre);
    gridMesh.draw();

    long drawn = drawClouds(vp, camera, pxPerMetre, budget, raw);
    if (eyeDome != null) {
      if (eyeDomePass == null) {
        eyeDomePass = new EyeDomePass(objects);
      }
      eyeDomePass.apply(target, proj, camera.mode() == CameraMode.TOP, eyeDome);
    }

    glDisable(GL_DEPTH_TEST);
    lines.use();
    overlayMesh.draw();
    markers.use();
    markers.set("uViewProj", vp);
    handleMesh.draw();
    glEnable(GL_DEPTH_TEST);
    return drawn;
  }

  private long drawClouds(
      Matrix4f vp, CameraState camera, float pxPerMetre, long budget, boolean raw) {
    points.use();
    points.set("uViewProj", vp);
    points.set("uMode", scene.colorMode().ordinal());
    points.set("uPointSize", scene.pointSize());
    Vector3d eye = camera.eye();
    LodView view =
        raw
            ? null
            : new LodView(
                vp,
                new Vector3f((float) eye.x, (float) eye.y, (float) eye.z),
                pxPerMetre,
                camera.mode() == CameraMode.TOP);
    long total = totalPoints();
    long drawn = 0;
    for (PointCloud c : scene.clouds()) {
      CloudGpu gpu = clouds.get(c);
      CloudStats s = gpu.stats;
      points.set("uIntensity", s.intensityLow(), s.intensityHigh());
      points.set("uHeight", s.heightLow(), s.heightHigh());
      long share = total == 0 ? 0 : Math.max(0, budget - drawn);
      drawn += gpu.draw(view, share);
    }
    return drawn;
  }

  /** The view-projection (with the y flip) of the last draw, for unprojecting picks. */
  public Matrix4d lastViewProj() {
    return new Matrix4d(lastViewProj);
  }

  /**
   * What the last draw put near pixel (x, y), image coordinates with row 0 at the top: vertex
   * handles first, then primitives, then cloud points, each the nearest within {@code radius} px.
   */
  public PickResult pick(OffscreenTarget target, int x, int y, int radius) {
    return Picker.pick(target, this, x, y, radius);
  }

  /** The cloud point nearest to a ray near {@code around}, or null; see CloudGpu#nearestToRay. */
  double[] nearestCloudPoint(double[] o, double[] d, double[] around, double radius) {
    double[] best = null;
    for (CloudGpu c : clouds.values()) {
      double[] p = c.nearestToRay(o, d, around, radius);
      if (p != null && (best == null || p[3] < best[3])) {
        best = p;
      }
    }
    return best;
  }

  PickTable.Target pickTarget(int id) {
    return geometry.picks.get(id);
  }

  SceneData scene() {
    return scene;
  }

  private void closeMeshes() {
    for (MeshGpu m : new MeshGpu[] {gridMesh, overlayMesh, handleMesh}) {
      if (m != null) {
        m.close();
      }
    }
    gridMesh = overlayMesh = handleMesh = null;
  }

  @Override
  public void close() {
    closeMeshes();
    if (eyeDomePass != null) {
      eyeDomePass.close();
      eyeDomePass = null;
    }
    clouds.values().forEach(CloudGpu::close);
    clouds.clear();
    points.close();
    lines.close();
    markers.close();
  }
}
