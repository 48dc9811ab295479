package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.ops.ChangeRun;
import dev.mapsmith.labeling.Area;
import java.util.ArrayList;
import java.util.List;

/**
 * The Changes view's summary line (run, counts, how many changes are decided) and the review
 * progress per project area: the changes whose place lies in the area, decided of total.
 */
record ChangeSummary(String line, List<String> areas) {

  static ChangeSummary of(ChangeRun run, List<ChangeRow> rows, List<Area> areas) {
    if (run == null) {
      return new ChangeSummary("no change check yet (Check for changes)", List.of());
    }
    int changes = 0, accepted = 0, rejected = 0;
    for (ChangeRow r : rows) {
      if (r.verdict().verdict().isChange()) {
        changes++;
        accepted += r.decision().equals("accepted") ? 1 : 0;
        rejected += r.decision().equals("rejected") ? 1 : 0;
      }
    }
    String line =
        String.format(
            "run %s (%s, %s): %d verdicts, %d changes; %d accepted, %d rejected, %d to review",
            run.id(),
            run.method(),
            String.join(", ", run.drives()),
            rows.size(),
            changes,
            accepted,
            rejected,
            changes - accepted - rejected);
    List<String> perArea = new ArrayList<>();
    for (Area a : areas) {
      int total = 0, done = 0;
      for (ChangeRow r : rows) {
        double[] at = r.verdict().at();
        if (r.verdict().verdict().isChange() && a.bounds().contains(at[0], at[1])) {
          total++;
          done += r.mark() != null ? 1 : 0;
        }
      }
      perArea.add(String.format("%s: %d of %d changes reviewed", a.name(), done, total));
    }
    return new ChangeSummary(line, List.copyOf(perArea));
  }
}
