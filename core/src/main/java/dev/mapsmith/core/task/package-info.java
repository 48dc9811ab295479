/**
 * Progress reporting and cancellation for long work, shared by the command line and the window. JDK
 * only.
 */
package dev.mapsmith.core.task;
