package dev.mapsmith.app.task;

import dev.mapsmith.core.task.ProgressMonitor;

/** A piece of long work: reports to the monitor, stops when it is cancelled, returns a result. */
@FunctionalInterface
public interface Work<T> {

  T run(ProgressMonitor monitor) throws Exception;
}
