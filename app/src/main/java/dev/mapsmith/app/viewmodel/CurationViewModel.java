package dev.mapsmith.app.viewmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.model.AreaRow;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * Training-set curation (workflow 7): which primitives go into a training set (areas, review
 * states, classes, methods, minimum confidence), split by drive (a primitive goes to validation
 * when all its source drives are validation drives), counts and class balance per split, and the
 * definition as JSON to save in the project.
 */
public final class CurationViewModel {

  /** Primitives of one class in one split. */
  public record Count(String split, MapClass mapClass, int primitives) {}

  private final ObservableSet<ReviewState> states =
      FXCollections.observableSet(EnumSet.of(ReviewState.VERIFIED, ReviewState.CORRECTED));
  private final ObservableSet<MapClass> classes =
      FXCollections.observableSet(EnumSet.allOf(MapClass.class));
  private final ObservableSet<String> methods = FXCollections.observableSet(new TreeSet<>());
  private final ObservableSet<String> areaNames = FXCollections.observableSet(new TreeSet<>());
  private final ObservableSet<String> validationDrives =
      FXCollections.observableSet(new TreeSet<>());
  private final ObservableList<Count> counts = FXCollections.observableArrayList();
  private double minConfidence;
  private MapView map;
  private MapModel followed;
  private final MapModel.Listener follower = this::edited;
  private List<AreaRow> areas = List.of();
  private final Map<String, Map<MapClass, Integer>> tally = new LinkedHashMap<>();
  private final Map<String, Integer> primitivesPerDrive = new java.util.HashMap<>();
  private final ObservableSet<String> sourceDrives = FXCollections.observableSet(new TreeSet<>());

  /** The map and areas to curate from; recounts. */
  public void setSource(MapView m, List<AreaRow> projectAreas) {
    if (followed != null) {
      followed.removeListener(follower);
      followed = null;
    }
    map = m;
    areas = List.copyOf(projectAreas);
    recount();
  }

  /** Curates from {@code m} (null: none) and follows its edits, counting only what each touched. */
  public void follow(MapModel m, List<AreaRow> projectAreas) {
    setSource(m, projectAreas);
    if (m != null) {
      followed = m;
      m.addListener(follower);
    }
  }

  /** New areas; recounts only when their names or bounds changed (not their review progress). */
  public void setAreas(List<AreaRow> projectAreas) {
    boolean moved =
        projectAreas.size() != areas.size()
            || java.util.stream.IntStream.range(0, areas.size())
                .anyMatch(
                    i ->
                        !areas.get(i).name().equals(projectAreas.get(i).name())
                            || !areas.get(i).bounds().equals(projectAreas.get(i).bounds()));
    areas = List.copyOf(projectAreas);
    if (moved) {
      recount();
    }
  }

  private void edited(MapModel.Edit e) {
    if (e.reset()) {
      recount();
      return;
    }
    java.util.function.Predicate<Primitive> f = filter();
    e.removed().forEach(p -> tally(f, p, -1));
    e.changed().forEach(c -> tally(f, c.before(), -1));
    e.changed().forEach(c -> tally(f, c.after(), 1));
    e.added().forEach(p -> tally(f, p, 1));
    publish();
    e.removed().forEach(p -> countDrives(p, -1));
    e.changed().forEach(c -> countDrives(c.before(), -1));
    e.changed().forEach(c -> countDrives(c.after(), 1));
    e.added().forEach(p -> countDrives(p, 1));
  }

  private void tally(java.util.function.Predicate<Primitive> f, Primitive p, int n) {
    if (f.test(p)) {
      tally.get(splitOf(p)).merge(p.mapClass(), n, Integer::sum);
    }
  }

  public void setMinConfidence(double c) {
    minConfidence = c;
    recount();
  }

  /** Whether {@code p} passes the filter. */
  public boolean selects(Primitive p) {
    return filter().test(p);
  }

  /** The filter as it stands, frozen: for work off the UI thread. */
  public java.util.function.Predicate<Primitive> filter() {
    return new CurationFilter(states, classes, methods, areaNames, areas, minConfidence);
  }

  /** "val" when all of the primitive's source drives are validation drives, else "train". */
  public String splitOf(Primitive p) {
    List<String> d = p.provenance().sourceDrives();
    return !d.isEmpty() && validationDrives.containsAll(d) ? "val" : "train";
  }

  /** Recomputes the counts per split and class (call after changing a filter set). */
  public void recount() {
    tally.put("train", new EnumMap<>(MapClass.class));
    tally.put("val", new EnumMap<>(MapClass.class));
    primitivesPerDrive.clear();
    if (map != null) {
      java.util.function.Predicate<Primitive> f = filter();
      for (Primitive p : map.primitives()) {
        tally(f, p, 1);
        p.provenance().sourceDrives().forEach(d -> primitivesPerDrive.merge(d, 1, Integer::sum));
      }
    }
    publish();
    sourceDrives.retainAll(primitivesPerDrive.keySet());
    sourceDrives.addAll(primitivesPerDrive.keySet());
  }

  /** Counts {@code p} (n = 1) or uncounts it (n = -1) for its source drives. */
  private void countDrives(Primitive p, int n) {
    for (String d : p.provenance().sourceDrives()) {
      int now = primitivesPerDrive.merge(d, n, Integer::sum);
      if (now <= 0) {
        primitivesPerDrive.remove(d);
        sourceDrives.remove(d);
      } else {
        sourceDrives.add(d);
      }
    }
  }

  private void publish() {
    List<Count> out = new ArrayList<>();
    tally.forEach(
        (split, m) ->
            m.forEach(
                (c, n) -> {
                  if (n > 0) {
                    out.add(new Count(split, c, n));
                  }
                }));
    counts.setAll(out);
  }

  /** Primitives in a split. */
  public int total(String split) {
    return counts.stream().filter(c -> c.split().equals(split)).mapToInt(Count::primitives).sum();
  }

  /** The definition to save in the project: the filter and the split. */
  public String definitionJson() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("review_states", states.stream().map(ReviewState::key).sorted().toList());
    d.put("classes", classes.stream().map(MapClass::key).sorted().toList());
    d.put("methods", List.copyOf(methods));
    d.put("areas", List.copyOf(areaNames));
    d.put("min_confidence", minConfidence);
    d.put("split", Map.of("by", "drive", "validation_drives", List.copyOf(validationDrives)));
    Map<String, Object> c = new LinkedHashMap<>();
    for (String split : List.of("train", "val")) {
      Map<String, Integer> perClass = new LinkedHashMap<>();
      counts.stream()
          .filter(x -> x.split().equals(split))
          .forEach(x -> perClass.put(x.mapClass().key(), x.primitives()));
      c.put(split, perClass);
    }
    d.put("counts", c);
    try {
      return new ObjectMapper().writeValueAsString(d);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public ObservableSet<ReviewState> states() {
    return states;
  }

  public ObservableSet<MapClass> classes() {
    return classes;
  }

  /** Methods to keep (empty: all). */
  public ObservableSet<String> methods() {
    return methods;
  }

  /** Areas to keep (empty: the whole map). */
  public ObservableSet<String> areaNames() {
    return areaNames;
  }

  public ObservableSet<String> validationDrives() {
    return validationDrives;
  }

  public ObservableList<Count> counts() {
    return counts;
  }

  /** The drives the map's primitives come from, kept up to date edit by edit. */
  public ObservableSet<String> sourceDrives() {
    return sourceDrives;
  }
}
