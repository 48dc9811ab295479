package dev.mapsmith.batch;

import java.io.Serializable;

/** What a tile task runs ({@link TileJob#run}); serialisable, as Spark ships it to executors. */
@FunctionalInterface
interface TileRunner extends Serializable {
  TileOutput run(TileTask task);
}
