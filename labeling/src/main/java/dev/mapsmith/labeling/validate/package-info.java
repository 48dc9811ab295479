/**
 * Validators that find geometric faults in a map (gaps, self-intersections, tiny polygons) as
 * findings. Read the map; never change it.
 */
package dev.mapsmith.labeling.validate;
