package dev.mapsmith.sampledrives.osm;

import java.nio.file.Path;
import java.util.List;

/** A map file that cannot be used, with the file and every faulty id and why. */
public class MapFaultException extends Exception {

  private final transient List<String> faults;

  public MapFaultException(Path file, List<String> faults) {
    super(file + ": broken map, " + faults.size() + " fault(s): " + String.join("; ", faults));
    this.faults = List.copyOf(faults);
  }

  public List<String> faults() {
    return faults;
  }
}
