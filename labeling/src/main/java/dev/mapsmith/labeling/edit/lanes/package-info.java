/**
 * Edit commands on the project's lane graph (set and remove a successor, split, merge, reverse a
 * lanelet, replace automatic lanelets): each plans a new {@link dev.mapsmith.labeling.ProjectLanes}
 * and is one undo step like every other edit. A command that cannot apply throws {@link
 * IllegalArgumentException} saying why, and nothing changes. No I/O here.
 */
package dev.mapsmith.labeling.edit.lanes;
