/**
 * The open project (one SQLite file): edits with undo, areas, drives, findings, notes, review
 * progress and change events. Only {@code labeling.store} touches SQL.
 */
package dev.mapsmith.labeling;
