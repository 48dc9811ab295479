package dev.mapsmith.sampledrives;

import java.util.List;

/** A scenario name that is not built in; the message lists the known ones. */
public class UnknownScenarioException extends IllegalArgumentException {

  public UnknownScenarioException(String name, List<String> known) {
    super("unknown scenario '" + name + "'; known scenarios: " + String.join(", ", known));
  }
}
