package io.hecha.read.layout;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatticeTableFinderTest {
    /** A full grid: horizontals at ys spanning xs, verticals at xs spanning ys. */
    private static List<Ruling> fullGrid(double[] xs, double[] ys) {
        List<Ruling> r = new ArrayList<>();
        for (double y : ys) r.add(Ruling.horizontal(y, xs[0], xs[xs.length - 1]));
        for (double x : xs) r.add(Ruling.vertical(x, ys[0], ys[ys.length - 1]));
        return r;
    }

    private static GridTable.GridCell cellAt(GridTable t, int row, int col) {
        return t.cells().stream().filter(c -> c.row() == row && c.column() == col).findFirst().orElseThrow();
    }

    @Test
    void fullGridGivesOneCellPerPosition() {
        List<GridTable> tables = LatticeTableFinder.find(1, fullGrid(new double[]{50, 150, 250, 350}, new double[]{100, 120, 140}));
        assertEquals(1, tables.size());
        GridTable t = tables.get(0);
        assertEquals(2, t.rows());
        assertEquals(3, t.columns());
        assertEquals(6, t.cells().size());
        assertTrue(t.cells().stream().allMatch(c -> c.rowSpan() == 1 && c.colSpan() == 1));
    }

    @Test
    void missingVerticalPieceMergesColumns() {
        List<Ruling> r = new ArrayList<>();
        double[] ys = {100, 120, 140};
        for (double y : ys) r.add(Ruling.horizontal(y, 50, 350));
        r.add(Ruling.vertical(50, 100, 140));
        r.add(Ruling.vertical(350, 100, 140));
        r.add(Ruling.vertical(250, 100, 140));
        r.add(Ruling.vertical(150, 120, 140)); // absent in row 0: cells 0,0 and 0,1 merge
        GridTable t = LatticeTableFinder.find(1, r).get(0);
        assertEquals(3, t.columns());
        assertEquals(2, cellAt(t, 0, 0).colSpan());
        assertEquals(1, cellAt(t, 1, 0).colSpan());
        assertEquals(5, t.cells().size());
    }

    @Test
    void missingHorizontalPieceMergesRows() {
        List<Ruling> r = new ArrayList<>();
        r.add(Ruling.horizontal(100, 50, 350));
        r.add(Ruling.horizontal(140, 50, 350));
        r.add(Ruling.horizontal(120, 150, 350)); // absent under column 0: rows merge there
        for (double x : new double[]{50, 150, 250, 350}) r.add(Ruling.vertical(x, 100, 140));
        GridTable t = LatticeTableFinder.find(1, r).get(0);
        assertEquals(2, t.rows());
        GridTable.GridCell merged = cellAt(t, 0, 0);
        assertEquals(2, merged.rowSpan());
        assertEquals(1, merged.colSpan());
        assertEquals(5, t.cells().size());
    }

    @Test
    void brokenSegmentsAndDoubleLinesSnapTogether() {
        List<Ruling> r = new ArrayList<>();
        // top line drawn in two pieces, bottom line doubled 1pt apart, middle slightly off
        r.add(Ruling.horizontal(100, 50, 200));
        r.add(Ruling.horizontal(100.5, 200.5, 350));
        r.add(Ruling.horizontal(119.2, 50, 350));
        r.add(Ruling.horizontal(140, 50, 350));
        r.add(Ruling.horizontal(141, 50, 350));
        for (double x : new double[]{50, 150.8, 250, 350}) r.add(Ruling.vertical(x, 100, 141));
        List<GridTable> tables = LatticeTableFinder.find(1, r);
        assertEquals(1, tables.size());
        assertEquals(2, tables.get(0).rows());
        assertEquals(3, tables.get(0).columns());
        assertEquals(6, tables.get(0).cells().size());
    }

    @Test
    void openSidesUseTheHorizontalRulesExtent() {
        // a table with inner verticals only (no left and right frame)
        List<Ruling> r = new ArrayList<>();
        for (double y : new double[]{100, 120, 140}) r.add(Ruling.horizontal(y, 50, 350));
        r.add(Ruling.vertical(150, 100, 140));
        r.add(Ruling.vertical(250, 100, 140));
        GridTable t = LatticeTableFinder.find(1, r).get(0);
        assertEquals(3, t.columns());
        assertEquals(50, t.left(), 0.01);
        assertEquals(350, t.right(), 0.01);
    }

    @Test
    void linesThatDoNotFormAGridAreNoTable() {
        List<Ruling> r = new ArrayList<>();
        r.add(Ruling.horizontal(60, 50, 550));   // header rule
        r.add(Ruling.horizontal(800, 50, 550));  // footer rule
        r.add(Ruling.vertical(300, 200, 400));   // a lone vertical that touches neither
        assertTrue(LatticeTableFinder.find(1, r).isEmpty());
        // a single frame around a paragraph: one cell, not a table
        assertTrue(LatticeTableFinder.find(1, fullGrid(new double[]{50, 550}, new double[]{100, 200})).isEmpty());
    }

    @Test
    void twoSeparateFramesAreTwoTablesTopToBottom() {
        List<Ruling> r = new ArrayList<>(fullGrid(new double[]{50, 150, 250}, new double[]{400, 420, 440}));
        r.addAll(fullGrid(new double[]{50, 300, 550}, new double[]{100, 120}));
        List<GridTable> tables = LatticeTableFinder.find(3, r);
        assertEquals(2, tables.size());
        assertEquals(100, tables.get(0).top(), 0.01);
        assertEquals(400, tables.get(1).top(), 0.01);
        assertEquals(3, tables.get(1).page());
    }
}
