package dev.mapsmith.sampledrives.world.town;

import dev.mapsmith.sampledrives.world.Scenario;
import java.util.List;

/**
 * A generated town: the scenario to drive (truth map, route, dressing, layout types), the plan it
 * was built from and its roundabouts as built (for checks).
 */
public record Town(Scenario scenario, TownPlan plan, List<TownSketch.RingGeometry> rings) {}
