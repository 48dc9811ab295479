/**
 * Edit commands: each plans a {@code Change} from the map; the project writes it as one transaction
 * and one undo step. Commands never write themselves.
 */
package dev.mapsmith.labeling.edit;
