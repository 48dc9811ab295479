package dev.mapsmith.drivelog;

import java.nio.file.Path;

/** A frame that was found broken and left out, with the file and the reason. */
public record SkippedFrame(String stream, int index, Path file, String reason) {}
