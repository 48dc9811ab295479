package dev.mapsmith.drivelog.map.opendrive;

import java.util.List;

/** A {@code <junction>}: its id and its connections (incoming road → connecting road). */
public record Junction(String id, String name, List<Connection> connections) {

  /** A {@code <connection>}: the incoming road, the connecting road and its contact point. */
  public record Connection(String incomingRoad, String connectingRoad, String contactPoint) {}

  public Junction {
    connections = List.copyOf(connections);
  }
}
