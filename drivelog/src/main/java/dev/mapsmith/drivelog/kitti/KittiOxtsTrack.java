package dev.mapsmith.drivelog.kitti;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.InputFiles;
import dev.mapsmith.drivelog.SkippedFrame;
import dev.mapsmith.drivelog.TimedPose;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A drive's OXTS records with their times, and the vehicle poses they give in a local ENU frame
 * whose geodetic origin is the first record's position. Records that do not parse are skipped.
 */
public record KittiOxtsTrack(long[] timestampsNs, List<OxtsRecord> records) {

  static KittiOxtsTrack read(Path oxtsDir, List<SkippedFrame> skipped) throws DriveLogException {
    TimedFiles files = TimedFiles.read(oxtsDir, ".txt", "oxts", skipped);
    List<OxtsRecord> recs = new ArrayList<>();
    List<Long> ts = new ArrayList<>();
    for (TimedFiles.Entry e : files.entries()) {
      try {
        List<String> lines = InputFiles.readLines(e.file(), 1 << 16, "an OXTS record");
        String line = lines.isEmpty() ? "" : lines.get(0);
        recs.add(OxtsRecord.parse(e.file(), line));
        ts.add(e.timestampNs());
      } catch (DriveLogException x) {
        skipped.add(new SkippedFrame("oxts", e.index(), e.file(), x.getMessage()));
      }
    }
    return new KittiOxtsTrack(ts.stream().mapToLong(Long::longValue).toArray(), recs);
  }

  public boolean isEmpty() {
    return records.isEmpty();
  }

  /** The geodetic origin of the drive's world frame: the first record's position. */
  public GeoOrigin origin() {
    OxtsRecord r = records.get(0);
    return new GeoOrigin(r.lat(), r.lon(), r.alt());
  }

  /**
   * Vehicle (IMU) to ENU poses: ENU position of lat/lon/alt, rotation Rz(yaw)·Ry(pitch)·Rx(roll).
   */
  public List<TimedPose> enuPoses() {
    EnuProjection proj = new EnuProjection(origin());
    List<TimedPose> out = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      OxtsRecord r = records.get(i);
      Point3 p = proj.toEnu(r.lat(), r.lon(), r.alt());
      out.add(
          new TimedPose(
              timestampsNs[i],
              RigidTransform.fromEuler(r.roll(), r.pitch(), r.yaw(), p.x(), p.y(), p.z())));
    }
    return out;
  }

  /** The dev kit's poses (Mercator, relative to the first record), with their times. */
  public List<TimedPose> devkitPoses() {
    List<RigidTransform> rel = KittiMercator.relativePoses(records);
    List<TimedPose> out = new ArrayList<>(rel.size());
    for (int i = 0; i < rel.size(); i++) {
      out.add(new TimedPose(timestampsNs[i], rel.get(i)));
    }
    return out;
  }
}
