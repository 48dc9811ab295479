package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.TimedPose;
import dev.mapsmith.drivelog.mcap.ros2.CdrException;
import dev.mapsmith.drivelog.mcap.ros2.TfMessage;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The vehicle's tf poses of a large bag, read window by window: {@link #near} reads only the {@code
 * /tf} messages logged within a few seconds of the asked time (the chunks that hold them) and
 * solves the poses there, the way {@link TfPoses} solves them from the whole bag; {@link #all}
 * reads every {@code /tf} message. A window answers only where it can prove its poses are the whole
 * bag's: the two poses that bracket the time, and the tf messages each of them was interpolated
 * from, lie inside the part of the window that holds every message stamped there (its read span,
 * less a margin for the gap between a message's stamp and its log time, checked on every message
 * read); at the bag's two ends the window holds the ends themselves. Otherwise it answers null and
 * the caller reads everything (as it does once {@link #MOST_WINDOWS} windows were read).
 * Thread-safe.
 */
final class TfWindows implements PoseTrajectory.Source {

  /** The span of log time one window answers for. */
  static final long WINDOW_NS = 1_000_000_000L;

  /** How much more log time a window reads on each side. */
  static final long MARGIN_NS = 1_000_000_000L;

  /** The most a message's stamp may differ from its log time for a window to trust it. */
  static final long SKEW_NS = 250_000_000L;

  private static final int CACHED = 4;

  /**
   * After this many windows the caller is walking the bag: reading every tf message once is then
   * cheaper than reading windows that overlap by their margins, so {@link #near} answers null.
   */
  static final int MOST_WINDOWS = 8;

  private int loaded;

  private final McapFile file;
  private final List<MessageRef> refs;
  private final List<TfMessage.Stamped> fixed;
  private final String world;
  private final String vehicle;
  private final List<String> edges;
  private final long window;
  private final long margin;
  private final long skew;
  private final Map<Long, Window> cache = new LinkedHashMap<>(8, 0.75f, true);

  /**
   * @param refs every dynamic tf message, in log-time order
   * @param edges the moving links between world and vehicle, as "child&lt;parent", that a window
   *     must show to be trusted (those the bag's opening solved with)
   */
  TfWindows(
      McapFile file,
      List<MessageRef> refs,
      List<TfMessage.Stamped> fixed,
      String world,
      String vehicle,
      List<String> edges,
      long window,
      long margin,
      long skew) {
    this.file = file;
    this.refs = List.copyOf(refs);
    this.fixed = List.copyOf(fixed);
    this.world = world;
    this.vehicle = vehicle;
    this.edges = List.copyOf(edges);
    this.window = window;
    this.margin = margin;
    this.skew = skew;
  }

  /** The moving links of {@code tree} between world and vehicle, as "child&lt;parent". */
  static List<String> edgeNames(TfTree tree, String world, String vehicle) {
    List<String> out = new ArrayList<>();
    String f = vehicle;
    while (f != null && !f.equals(world) && out.size() < 64) {
      TfTree.Edge e = tree.edge(f);
      if (e == null) {
        break;
      }
      if (!e.fixed()) {
        out.add(f + "<" + e.parent());
      }
      f = e.parent();
    }
    return out;
  }

  @Override
  public List<TimedPose> all() {
    List<String> problems = new ArrayList<>();
    try {
      return TfPoses.samples(tree(file.readRefs(refs, problems)), world, vehicle);
    } catch (DriveLogException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<TimedPose> near(long timestampNs) {
    if (refs.isEmpty()) {
      return null;
    }
    long first = refs.get(0).logTimeNs(), last = refs.get(refs.size() - 1).logTimeNs();
    long k = Math.floorDiv(Math.max(first, Math.min(last, timestampNs)) - first, window);
    Window w;
    synchronized (cache) {
      w = cache.get(k);
      if (w == null) {
        if (loaded >= MOST_WINDOWS) {
          return null;
        }
        loaded++;
        w = load(k, first, last);
        cache.put(k, w);
        if (cache.size() > CACHED) {
          cache.remove(cache.keySet().iterator().next());
        }
      }
    }
    return w.answer(timestampNs);
  }

  private TfTree tree(List<McapMessage> messages) {
    List<TfMessage.Stamped> moving = new ArrayList<>();
    for (McapMessage m : messages) {
      try {
        moving.addAll(TfMessage.decode(m.buffer(), m.from(), m.to()).transforms());
      } catch (CdrException | IllegalArgumentException e) {
        // left out, as the opening's reading leaves it out
      }
    }
    return TfTree.of(fixed, moving);
  }

  /** The log-time span window {@code k} reads: {@code [from, to]}. */
  private long[] span(long k) {
    long first = refs.get(0).logTimeNs();
    return new long[] {first + k * window - margin, first + (k + 1) * window + margin};
  }

  /** The moving tf messages logged in window {@code k}'s read span (the first is 0). */
  static List<McapMessage> read(
      McapFile file, List<MessageRef> refs, long window, long margin, List<String> problems)
      throws DriveLogException {
    long first = refs.isEmpty() ? 0 : refs.get(0).logTimeNs();
    return file.readRefs(refs.subList(0, lowerBound(refs, first + window + margin + 1)), problems);
  }

  /** Window 0 from its messages, as {@link #read} gave them (the opening read them already). */
  void prime(List<McapMessage> messages) {
    if (refs.isEmpty()) {
      return;
    }
    synchronized (cache) {
      long last = refs.get(refs.size() - 1).logTimeNs();
      cache.put(0L, build(0, messages, refs.get(0).logTimeNs(), last));
      loaded++;
    }
  }

  /** Window {@code k}: the tf messages logged in it and its margins, and what they prove. */
  private Window load(long k, long first, long last) {
    long[] span = span(k);
    int from = lowerBound(refs, span[0]), to = lowerBound(refs, span[1] + 1);
    List<String> problems = new ArrayList<>();
    List<McapMessage> messages;
    try {
      messages = file.readRefs(refs.subList(from, to), problems);
    } catch (DriveLogException e) {
      return Window.NONE;
    }
    if (!problems.isEmpty()) {
      return Window.NONE;
    }
    return build(k, messages, first, last);
  }

  private Window build(long k, List<McapMessage> messages, long first, long last) {
    long readFrom = span(k)[0], readTo = span(k)[1];
    List<TfMessage.Stamped> moving = new ArrayList<>();
    for (McapMessage m : messages) {
      try {
        for (TfMessage.Stamped s : TfMessage.decode(m.buffer(), m.from(), m.to()).transforms()) {
          if (Math.abs(s.stampNs() - m.logTimeNs()) > skew) {
            return Window.NONE; // a stamp far from its log time: the window cannot vouch
          }
          moving.add(s);
        }
      } catch (CdrException | IllegalArgumentException e) {
        return Window.NONE;
      }
    }
    TfTree tree = TfTree.of(fixed, moving);
    if (!edgeNames(tree, world, vehicle).equals(edges)) {
      return Window.NONE;
    }
    boolean atStart = readFrom <= first, atEnd = readTo >= last;
    List<TfTree.Edge> links = tree.movingEdges(world, vehicle);
    long spanFrom = Long.MIN_VALUE, spanTo = Long.MAX_VALUE;
    for (TfTree.Edge e : links) {
      List<TimedPose> p = e.childToParent().poses();
      spanFrom = Math.max(spanFrom, p.get(0).timestampNs());
      spanTo = Math.min(spanTo, p.get(p.size() - 1).timestampNs());
    }
    long coveredFrom = atStart ? Long.MIN_VALUE : Math.max(readFrom + skew, spanFrom);
    long coveredTo = atEnd ? Long.MAX_VALUE : Math.min(readTo - skew, spanTo);
    return new Window(TfPoses.samples(tree, world, vehicle), links, coveredFrom, coveredTo);
  }

  /** The first index of {@code refs} whose log time is at least {@code ns}. */
  private static int lowerBound(List<MessageRef> refs, long ns) {
    int lo = 0, hi = refs.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (refs.get(mid).logTimeNs() < ns) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * A window's poses, the moving links they were solved from, and the stamp span inside which the
   * window holds every tf message the whole bag has ({@code MIN}/{@code MAX} at the bag's ends).
   */
  private record Window(
      List<TimedPose> samples, List<TfTree.Edge> links, long coveredFrom, long coveredTo) {

    static final Window NONE = new Window(List.of(), List.of(), 0, -1);

    /**
     * The window's poses when {@link PoseTrajectory#at} gives the same pose from them as from the
     * whole bag's: the same two bracketing poses (or the same end pose), each proven; else null.
     */
    List<TimedPose> answer(long t) {
      if (samples.isEmpty()) {
        return null;
      }
      int i = floor(samples, t), last = samples.size() - 1;
      boolean atStart = coveredFrom == Long.MIN_VALUE, atEnd = coveredTo == Long.MAX_VALUE;
      // away from the bag's ends, a pose at a window's edge may have neighbours the window lacks
      if ((i < 1 && !atStart) || (i >= last && !atEnd)) {
        return null;
      }
      if (!proven(Math.max(i, 0)) || (i < last && !proven(i + 1))) {
        return null;
      }
      return samples;
    }

    /** Sample {@code k} is the whole bag's: it and the tf messages it came from are covered. */
    private boolean proven(int k) {
      long s = samples.get(k).timestampNs();
      if (!covered(s)) {
        return false;
      }
      boolean atStart = coveredFrom == Long.MIN_VALUE, atEnd = coveredTo == Long.MAX_VALUE;
      for (TfTree.Edge e : links) {
        List<TimedPose> p = e.childToParent().poses();
        int f = floor(p, s);
        // the link is interpolated between p[f] and p[f + 1], or clamped at an end of the bag
        if ((f < 1 && !atStart) || (f >= p.size() - 1 && !atEnd)) {
          return false;
        }
        if (f >= 0 && !covered(p.get(f).timestampNs())) {
          return false;
        }
        if (f + 1 < p.size() && !covered(p.get(f + 1).timestampNs())) {
          return false;
        }
      }
      return true;
    }

    private boolean covered(long s) {
      return s >= coveredFrom && s <= coveredTo;
    }

    /** The last index whose time is at most {@code t}, or -1. */
    private static int floor(List<TimedPose> p, long t) {
      int lo = 0, hi = p.size() - 1, at = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (p.get(mid).timestampNs() <= t) {
          at = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return at;
    }
  }
}
