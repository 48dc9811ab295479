package dev.mapsmith.app.viewmodel;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.ReviewState;

/**
 * Ctrl+R over reviewed work asks first: reconstruction replaces only automatic output, so the lines
 * a person accepted or corrected in the area stay and get automatic neighbours again.
 */
public final class ReconstructGuard {

  private ReconstructGuard() {}

  /** How many primitives in {@code area} (null: all) a person has reviewed. */
  public static long reviewedIn(MapView map, Bounds2 area) {
    if (map == null) {
      return 0;
    }
    return (area == null ? map.primitives() : map.within(area))
        .stream().filter(p -> p.review() != ReviewState.AUTO).count();
  }

  /** Reconstructs the drawn area (or the corridor), asking first when reviewed work lies there. */
  public static void reconstruct(MainViewModel vm, Prompts prompts, boolean learned) {
    Bounds2 area = vm.areaSelectionProperty().get();
    String reason = vm.reasonFor(Need.RECONSTRUCTION);
    long reviewed = reason.isEmpty() ? reviewedIn(vm.map(), area) : 0;
    Runnable run = () -> vm.reconstruction().reconstruct(area, learned);
    if (reviewed == 0) {
      run.run();
      return;
    }
    prompts.confirm(
        reviewed
            + (reviewed == 1 ? " primitive" : " primitives")
            + " in "
            + (area == null ? "the drives' corridor" : "this area")
            + " have been reviewed. Reconstruction keeps them and adds new automatic lines"
            + " beside them. Reconstruct anyway?",
        "Reconstruct again",
        run);
  }
}
