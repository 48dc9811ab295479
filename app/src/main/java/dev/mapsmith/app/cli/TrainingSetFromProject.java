package dev.mapsmith.app.cli;

import dev.mapsmith.core.frame.FrameAlignment;
import dev.mapsmith.core.frame.FrameMismatchException;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.export.ExportFilter;
import dev.mapsmith.labeling.export.training.DriveLidar;
import dev.mapsmith.labeling.export.training.TrainingSetExport;
import dev.mapsmith.labeling.export.training.TrainingSetOptions;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;

/**
 * The training-set part of {@code mapsmith export}: opens the project's drives with {@link
 * DriveLogs#open}, streams each drive's sweeps into the project frame and hands them with the map
 * to {@link TrainingSetExport}.
 */
final class TrainingSetFromProject {

  private TrainingSetFromProject() {}

  /** Writes the set; returns the summary fields for the command's JSON. */
  static Map<String, Object> write(
      Project p, Path projectFile, ExportFilter filter, Path out, ProgressMonitor progress)
      throws Exception {
    List<DriveRecord> records = p.drives();
    if (records.isEmpty()) {
      throw new IllegalArgumentException(
          projectFile + ": the project has no drives; a training set needs their lidar");
    }
    List<DriveLog> logs = new ArrayList<>();
    try {
      List<DriveLidar> lidar = new ArrayList<>();
      for (DriveRecord r : records) {
        if (!Files.exists(r.path())) {
          throw new IllegalArgumentException(
              projectFile + ": drive " + r.id() + " is not found at " + r.path());
        }
        DriveLog log = DriveLogs.open(r.path());
        logs.add(log);
        lidar.add(new DriveLidar(r.id(), () -> worldClouds(log, p.frame())));
      }
      TrainingSetOptions options =
          new TrainingSetOptions(
              filter,
              List.of(),
              TrainingSetOptions.DEFAULT.valFraction(),
              TrainingSetOptions.DEFAULT.minDensityFraction());
      Map<String, Object> provenance = new LinkedHashMap<>();
      provenance.put("project", projectFile.toAbsolutePath().toString());
      provenance.put("frame", p.frame().describe());
      Map<String, Object> manifest =
          TrainingSetExport.write(p.map(), lidar, options, provenance, out, progress);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("drives", records.size());
      result.put("splits", manifest.get("splits"));
      result.put("counts", manifest.get("counts"));
      return result;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (DriveLogRuntime e) {
      throw e.cause;
    } finally {
      logs.forEach(DriveLog::close);
    }
  }

  /** The drive's sweeps, loaded one at a time, in the project's frame. */
  static Iterator<PointCloud> worldClouds(DriveLog log, FrameOfReference target) {
    UnaryOperator<Point3> convert = converter(log.metadata().frame(), target);
    Iterator<LidarSweep> sweeps = log.sweeps().iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return sweeps.hasNext();
      }

      @Override
      public PointCloud next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        try {
          PointCloud c = sweeps.next().loadInWorld(log.trajectory());
          if (convert != null) {
            for (int i = 0; i < c.size(); i++) {
              Point3 q = convert.apply(new Point3(c.x()[i], c.y()[i], c.z()[i]));
              c.x()[i] = (float) q.x();
              c.y()[i] = (float) q.y();
              c.z()[i] = (float) q.z();
            }
          }
          return c;
        } catch (DriveLogException e) {
          throw new DriveLogRuntime(e);
        }
      }
    };
  }

  private static UnaryOperator<Point3> converter(FrameOfReference from, FrameOfReference to) {
    if (from.equals(to)) {
      return null;
    }
    if (!(from instanceof LocalEnuFrame && to instanceof LocalEnuFrame)) {
      throw new FrameMismatchException(from, to);
    }
    return FrameAlignment.converter(from, to);
  }

  /** Carries a drive read error out of the point iterator. */
  private static final class DriveLogRuntime extends RuntimeException {
    final DriveLogException cause;

    DriveLogRuntime(DriveLogException cause) {
      super(cause);
      this.cause = cause;
    }
  }
}
