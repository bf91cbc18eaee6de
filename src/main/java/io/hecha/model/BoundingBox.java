package io.hecha.model;

/** A rectangle on a page in PDF user-space points, origin top-left, y growing downwards. */
public record BoundingBox(double x, double y, double width, double height) {
}
