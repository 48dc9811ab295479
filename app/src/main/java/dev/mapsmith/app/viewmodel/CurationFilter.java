package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.AreaRow;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The curation's filter frozen at one moment, safe to use off the UI thread: review states, classes
 * and methods to keep (no methods: all), areas to keep (none: the whole map), minimum confidence.
 */
record CurationFilter(
    Set<ReviewState> states,
    Set<MapClass> classes,
    Set<String> methods,
    Set<String> areaNames,
    List<AreaRow> areas,
    double minConfidence)
    implements Predicate<Primitive> {

  CurationFilter {
    states = Set.copyOf(states);
    classes = Set.copyOf(classes);
    methods = Set.copyOf(methods);
    areaNames = Set.copyOf(areaNames);
    areas = List.copyOf(areas);
  }

  @Override
  public boolean test(Primitive p) {
    if (!states.contains(p.review()) || !classes.contains(p.mapClass())) {
      return false;
    }
    if (!methods.isEmpty() && !methods.contains(p.provenance().method())) {
      return false;
    }
    if (p.confidence() < minConfidence) {
      return false;
    }
    return areaNames.isEmpty()
        || areas.stream()
            .filter(a -> areaNames.contains(a.name()))
            .anyMatch(a -> a.bounds().intersects(p.geometry().bounds()));
  }
}
