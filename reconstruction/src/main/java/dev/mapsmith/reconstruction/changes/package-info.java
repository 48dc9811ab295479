/**
 * Map change detection: a prior map checked against drives, primitive by primitive. Each drive is
 * reconstructed and its lidar ground coverage and paint looked up along every prior primitive; the
 * observed parts are matched with the evaluation's Chamfer machinery ({@code eval.WindowClip},
 * {@code eval.Chamfer}); verdicts (confirmed, removed, moved, attribute_changed, unobserved, added)
 * carry confidence, evidence and drive ids, and several drives vote. Reads drives through the
 * DriveLog API; writes nothing.
 */
package dev.mapsmith.reconstruction.changes;
