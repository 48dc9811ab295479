package dev.mapsmith.labeling.export.mcap;

import dev.mapsmith.core.frame.FrameAlignment;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.CameraFrame;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.RadarSweep;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.TimedPose;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Writes a drive and the map as an MCAP file Foxglove opens with no set-up (JSON-schema encoding,
 * chunked and indexed): {@code /tf} ({@code foxglove.FrameTransform}: world → base_link per pose,
 * base_link → each sensor), {@code /lidar} ({@code foxglove.PointCloud} in the lidar frame), per
 * camera {@code /camera/NAME/image} ({@code foxglove.CompressedImage}) and {@code
 * /camera/NAME/calibration} ({@code foxglove.CameraCalibration}), {@code /gnss} ({@code
 * foxglove.LocationFix}, when the project has a geodetic origin), {@code /signals/NAME} (JSON
 * {@code {timestamp, value}}) and {@code /map} ({@code foxglove.SceneUpdate}). Poses are moved into
 * the project's frame.
 */
public final class FoxgloveExport {

  /** Chunks of about 4 MB. */
  static final int CHUNK_BYTES = 4 << 20;

  static final String WORLD = "world";
  static final String VEHICLE = "base_link";

  /** What was written: messages and schema per topic, and the number of chunks. */
  public record Result(Map<String, Integer> messages, Map<String, String> schemas, int chunks) {}

  private FoxgloveExport() {}

  public static Result write(
      List<Primitive> map,
      FrameOfReference projectFrame,
      DriveLog drive,
      Path out,
      ProgressMonitor progress)
      throws IOException {
    UnaryOperator<Point3> toProject =
        FrameAlignment.converter(drive.metadata().frame(), projectFrame);
    ExportPlan plan = new ExportPlan();
    long t0 =
        drive.trajectory().isEmpty()
            ? drive.metadata().startNs()
            : drive.trajectory().poses().get(0).timestampNs();
    plan.add("/map", FoxgloveSchemas.SCENE_UPDATE, t0, () -> MapScene.update(t0, WORLD, map));
    for (TimedPose p : drive.trajectory().poses()) {
      RigidTransform v = inProject(p.vehicleToWorld(), toProject);
      plan.add(
          "/tf",
          FoxgloveSchemas.FRAME_TRANSFORM,
          p.timestampNs(),
          () -> FoxgloveMessages.frameTransform(p.timestampNs(), WORLD, VEHICLE, v));
      if (projectFrame instanceof LocalEnuFrame enu) {
        plan.add(
            "/gnss",
            FoxgloveSchemas.LOCATION_FIX,
            p.timestampNs(),
            () ->
                FoxgloveMessages.locationFix(
                    p.timestampNs(),
                    VEHICLE,
                    enu.projection().toGeodetic(new Point3(v.tx(), v.ty(), v.tz()))));
      }
    }
    lidar(drive, plan, t0, progress);
    radar(drive, plan, t0);
    for (CameraStream c : drive.cameras()) {
      camera(c, plan, t0);
    }
    for (Map.Entry<String, SignalSeries.Series> s : drive.signals().all().entrySet()) {
      long[] t = s.getValue().timestampsNs();
      double[] v = s.getValue().values();
      for (int i = 0; i < t.length; i++) {
        long ns = t[i];
        double value = v[i];
        plan.add(
            "/signals/" + s.getKey(),
            FoxgloveSchemas.SIGNAL,
            ns,
            () -> FoxgloveMessages.signal(ns, value));
      }
    }
    return plan.write(out, progress);
  }

  private static void lidar(DriveLog drive, ExportPlan plan, long t0, ProgressMonitor progress) {
    List<LidarSweep> sweeps = drive.sweeps();
    if (sweeps.isEmpty()) {
      return;
    }
    plan.add(
        "/tf",
        FoxgloveSchemas.FRAME_TRANSFORM,
        t0,
        () ->
            FoxgloveMessages.frameTransform(t0, VEHICLE, "lidar", sweeps.get(0).sensorToVehicle()));
    for (LidarSweep s : sweeps) {
      plan.add(
          "/lidar",
          FoxgloveSchemas.POINT_CLOUD,
          s.timestampNs(),
          () -> {
            progress.checkCancelled();
            return FoxgloveMessages.pointCloud(s.timestampNs(), "lidar", s.load());
          });
    }
  }

  /** Each radar: its mount on /tf, its readings on /radar/NAME ({@code foxglove.PointCloud}). */
  private static void radar(DriveLog drive, ExportPlan plan, long t0) {
    java.util.Set<String> mounted = new java.util.HashSet<>();
    for (RadarSweep r : drive.radar()) {
      String frame = r.sensor().replaceAll("[^A-Za-z0-9_]", "_");
      if (mounted.add(frame)) {
        plan.add(
            "/tf",
            FoxgloveSchemas.FRAME_TRANSFORM,
            t0,
            () -> FoxgloveMessages.frameTransform(t0, VEHICLE, frame, r.sensorToVehicle()));
      }
      plan.add(
          "/radar/" + frame,
          FoxgloveSchemas.POINT_CLOUD,
          r.timestampNs(),
          () -> FoxgloveMessages.radarCloud(r.timestampNs(), frame, r.load()));
    }
  }

  private static void camera(CameraStream c, ExportPlan plan, long t0) {
    String frame = c.name().replaceAll("^/+", "").replaceAll("[^A-Za-z0-9_]", "_");
    String topic = "/camera/" + frame;
    plan.add(
        "/tf",
        FoxgloveSchemas.FRAME_TRANSFORM,
        t0,
        () -> FoxgloveMessages.frameTransform(t0, VEHICLE, frame, c.cameraToVehicle()));
    for (CameraFrame f : c.frames()) {
      plan.add(
          topic + "/image",
          FoxgloveSchemas.COMPRESSED_IMAGE,
          f.timestampNs(),
          () -> {
            EncodedImage img = EncodedImage.of(f);
            return FoxgloveMessages.compressedImage(
                f.timestampNs(), frame, img.bytes(), img.format());
          });
      plan.add(
          topic + "/calibration",
          FoxgloveSchemas.CAMERA_CALIBRATION,
          f.timestampNs(),
          () -> FoxgloveMessages.cameraCalibration(f.timestampNs(), frame, c.intrinsics()));
    }
  }

  private static RigidTransform inProject(RigidTransform t, UnaryOperator<Point3> toProject) {
    Point3 p = toProject.apply(new Point3(t.tx(), t.ty(), t.tz()));
    return new RigidTransform(t.qw(), t.qx(), t.qy(), t.qz(), p.x(), p.y(), p.z());
  }

  /** Every message to write, sorted by time when written; payloads are made only then. */
  static final class ExportPlan {

    interface Payload {
      byte[] make() throws IOException;
    }

    private record Entry(String topic, long ns, Payload payload) {}

    private final Map<String, String> schemas = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    void add(String topic, String schema, long ns, Payload payload) {
      schemas.putIfAbsent(topic, schema);
      entries.add(new Entry(topic, ns, payload));
    }

    Result write(Path out, ProgressMonitor progress) throws IOException {
      entries.sort(Comparator.comparingLong(Entry::ns));
      Map<String, Integer> schemaIds = new LinkedHashMap<>();
      Map<String, Integer> channelIds = new LinkedHashMap<>();
      Map<String, Integer> counts = new LinkedHashMap<>();
      try (McapWriter w = new McapWriter(out, CHUNK_BYTES)) {
        for (var e : schemas.entrySet()) {
          Integer sid = schemaIds.get(e.getValue());
          if (sid == null) {
            sid = schemaIds.size() + 1;
            schemaIds.put(e.getValue(), sid);
            w.schema(sid, e.getValue(), "jsonschema", FoxgloveSchemas.of(e.getValue()));
          }
          int cid = channelIds.size() + 1;
          channelIds.put(e.getKey(), cid);
          counts.put(e.getKey(), 0);
          w.channel(cid, sid, e.getKey(), "json");
        }
        PayloadPipeline payloads =
            new PayloadPipeline(entries.size(), i -> entries.get(i).payload());
        try {
          for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            w.message(channelIds.get(e.topic()), Math.max(0, e.ns()), payloads.get(i));
            counts.merge(e.topic(), 1, Integer::sum);
            if (i % 64 == 0) {
              progress.checkCancelled();
              progress.progress((double) i / entries.size(), "writing MCAP");
            }
          }
        } finally {
          payloads.close();
        }
        w.finish();
        return new Result(counts, schemas, w.chunkCount());
      }
    }
  }
}
