package dev.mapsmith.drivelog.kitti;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.SkippedFrame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The numbered data files of one KITTI stream ({@code data/0000000007.bin}) matched to the lines of
 * its {@code timestamps.txt}: file N takes line N+1. A file without a line, a line without a file,
 * and a time that does not increase are reported as skipped frames.
 */
record TimedFiles(List<Entry> entries) {

  record Entry(int index, long timestampNs, Path file) {}

  static TimedFiles read(Path streamDir, String ext, String stream, List<SkippedFrame> skipped)
      throws DriveLogException {
    Path data = streamDir.resolve("data");
    Path tsFile = streamDir.resolve("timestamps.txt");
    TreeMap<Integer, Path> files = list(data, ext, stream, skipped);
    if (!Files.isRegularFile(tsFile)) {
      throw new DriveLogException(tsFile, "", "timestamps file missing for " + stream);
    }
    long[] ts = KittiTimestamps.read(tsFile);
    List<Entry> out = new ArrayList<>();
    long last = Long.MIN_VALUE;
    for (var e : files.entrySet()) {
      int i = e.getKey();
      if (i >= ts.length) {
        skipped.add(
            new SkippedFrame(
                stream,
                i,
                e.getValue(),
                tsFile
                    + " has "
                    + ts.length
                    + " lines but "
                    + files.size()
                    + " data files; no line "
                    + (i + 1)
                    + " for this frame"));
        continue;
      }
      if (ts[i] <= last) {
        skipped.add(
            new SkippedFrame(
                stream, i, e.getValue(), tsFile + " line " + (i + 1) + ": time does not increase"));
        continue;
      }
      last = ts[i];
      out.add(new Entry(i, ts[i], e.getValue()));
    }
    for (int i = 0; i < ts.length; i++) {
      if (!files.containsKey(i)) {
        skipped.add(
            new SkippedFrame(
                stream,
                i,
                data,
                tsFile
                    + " line "
                    + (i + 1)
                    + " has no data file "
                    + String.format("%010d", i)
                    + ext));
      }
    }
    return new TimedFiles(out);
  }

  private static TreeMap<Integer, Path> list(
      Path data, String ext, String stream, List<SkippedFrame> skipped) throws DriveLogException {
    TreeMap<Integer, Path> files = new TreeMap<>();
    if (!Files.isDirectory(data)) {
      return files;
    }
    try (Stream<Path> s = Files.list(data)) {
      for (Path p : (Iterable<Path>) s.sorted()::iterator) {
        String name = p.getFileName().toString();
        if (!name.endsWith(ext)) {
          continue;
        }
        try {
          files.put(Integer.parseInt(name.substring(0, name.length() - ext.length())), p);
        } catch (NumberFormatException e) {
          skipped.add(new SkippedFrame(stream, -1, p, "file name is not a frame number"));
        }
      }
    } catch (IOException e) {
      throw new DriveLogException(data, "", "cannot list directory: " + e, e);
    }
    return files;
  }
}
