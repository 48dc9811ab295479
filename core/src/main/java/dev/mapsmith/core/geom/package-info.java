/** Plain geometry values: points, polylines, 2D bounds. JDK, JOML and JTS only. */
package dev.mapsmith.core.geom;
