/// Contour lines of a function sampled on a grid, by marching squares (W. Lorensen and
/// H. Cline's marching cubes, SIGGRAPH 1987, in two dimensions).
///
/// Each grid cell is classified by which of its four corners are at or above the level;
/// the level crosses the edges between an inside and an outside corner, at the linearly
/// interpolated position. A cell with two diagonal corners inside (a saddle) is resolved
/// by the mean of its corners. The pieces from all cells are then joined into polylines
/// through the edges they share.
///
/// For filled regions, the grid is surrounded by a border of "below everything" values
/// placed at the same coordinates as the grid's edge: every isoline then closes, running
/// along the grid's edge where the region touches it, and the rings bound the region
/// {z ≥ level} exactly (filled with the even-odd rule, a ring inside another is a hole).
enum MarchingSquares {
    /// Polylines where `z` crosses `level`. `z` has one row per y and one column per x.
    /// With `closed`, the rings bounding {z ≥ level} (NaN counts as below).
    static func isolines(_ z: Matrix, x: [Double], y: [Double], level: Double, closed: Bool) -> [[DataPoint]] {
        let grid = closed ? Grid.padded(z, x: x, y: y) : Grid(z: z, x: x, y: y)
        return join(segments(grid, level: level))
    }

    /// A grid of values with coordinates; out-of-range indices never occur.
    struct Grid {
        var rows: Int, columns: Int
        var values: [Double]
        var x: [Double], y: [Double]

        init(z: Matrix, x: [Double], y: [Double]) {
            rows = z.rows
            columns = z.columns
            values = z.values
            self.x = x
            self.y = y
        }

        /// `z` with a border of −∞ (NaN too becomes −∞) at the edge coordinates.
        static func padded(_ z: Matrix, x: [Double], y: [Double]) -> Grid {
            let low = -Double.greatestFiniteMagnitude
            var values = [Double](repeating: low, count: (z.rows + 2) * (z.columns + 2))
            for r in 0..<z.rows {
                for c in 0..<z.columns where !z[r, c].isNaN {
                    values[(r + 1) * (z.columns + 2) + c + 1] = max(z[r, c], low)
                }
            }
            let m = Matrix(rows: z.rows + 2, columns: z.columns + 2, values: values)
            return Grid(z: m, x: [x[0]] + x + [x[x.count - 1]], y: [y[0]] + y + [y[y.count - 1]])
        }

        subscript(r: Int, c: Int) -> Double { values[r * columns + c] }
    }

    /// An edge of the grid: the horizontal one from (r, c) to (r, c + 1), or the
    /// vertical one from (r, c) to (r + 1, c).
    struct Edge: Hashable {
        var r: Int32, c: Int32
        var vertical: Bool
    }

    /// One piece of contour inside one cell, between two of its edges.
    struct Segment {
        var a: Edge, b: Edge
    }

    /// The pieces of the level set in every cell, and the crossing point on each edge.
    static func segments(_ g: Grid, level: Double) -> (segments: [Segment], points: [Edge: DataPoint]) {
        var segments: [Segment] = []
        var points: [Edge: DataPoint] = [:]
        func crossing(_ e: Edge) -> Edge {
            if points[e] == nil {
                let r = Int(e.r), c = Int(e.c)
                let (r2, c2) = e.vertical ? (r + 1, c) : (r, c + 1)
                let z1 = g[r, c], z2 = g[r2, c2]
                var t = (level - z1) / (z2 - z1)
                if !t.isFinite { t = 0.5 }
                t = min(max(t, 0), 1)
                points[e] = DataPoint(x: g.x[c] + t * (g.x[c2] - g.x[c]), y: g.y[r] + t * (g.y[r2] - g.y[r]))
            }
            return e
        }
        guard g.rows >= 2, g.columns >= 2 else { return ([], [:]) }
        for r in 0..<(g.rows - 1) {
            for c in 0..<(g.columns - 1) {
                let a = g[r, c], b = g[r, c + 1], cc = g[r + 1, c + 1], d = g[r + 1, c]
                let index = (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (cc >= level ? 4 : 0) | (d >= level ? 8 : 0)
                if index == 0 || index == 15 { continue }
                let r32 = Int32(r), c32 = Int32(c)
                let bottom = Edge(r: r32, c: c32, vertical: false), top = Edge(r: r32 + 1, c: c32, vertical: false)
                let left = Edge(r: r32, c: c32, vertical: true), right = Edge(r: r32, c: c32 + 1, vertical: true)
                func add(_ e1: Edge, _ e2: Edge) { segments.append(Segment(a: crossing(e1), b: crossing(e2))) }
                switch index {
                case 1, 14: add(left, bottom)
                case 2, 13: add(bottom, right)
                case 3, 12: add(left, right)
                case 4, 11: add(right, top)
                case 6, 9: add(bottom, top)
                case 7, 8: add(left, top)
                case 5, 10:
                    // Saddle: a and cc on one side, b and d on the other. If the centre is
                    // on a's side, a and cc connect through the middle.
                    let centreInside = (a + b + cc + d) / 4 >= level
                    let aInside = index == 5
                    if centreInside == aInside {
                        add(left, top)
                        add(bottom, right)
                    } else {
                        add(left, bottom)
                        add(right, top)
                    }
                default: break
                }
            }
        }
        return (segments, points)
    }

    /// Joins segments that share an edge into polylines; a polyline that returns to its
    /// start is closed (its first point repeated at the end).
    static func join(_ found: (segments: [Segment], points: [Edge: DataPoint])) -> [[DataPoint]] {
        let segments = found.segments
        var byEdge: [Edge: [Int]] = [:]
        for (i, s) in segments.enumerated() {
            byEdge[s.a, default: []].append(i)
            byEdge[s.b, default: []].append(i)
        }
        var used = [Bool](repeating: false, count: segments.count)
        var lines: [[DataPoint]] = []
        func next(from edge: Edge) -> (Int, Edge)? {
            for i in byEdge[edge] ?? [] where !used[i] {
                return (i, segments[i].a == edge ? segments[i].b : segments[i].a)
            }
            return nil
        }
        // Open lines start at an edge with one segment; do those first, then rings.
        let order = segments.indices.sorted { i, j in
            let oi = min(byEdge[segments[i].a]!.count, byEdge[segments[i].b]!.count)
            let oj = min(byEdge[segments[j].a]!.count, byEdge[segments[j].b]!.count)
            return oi != oj ? oi < oj : i < j
        }
        for start in order where !used[start] {
            used[start] = true
            let s = segments[start]
            var (head, tail) = (s.a, s.b)
            if byEdge[s.b]!.count == 1 { (head, tail) = (s.b, s.a) }
            var edges = [head, tail]
            while let (i, other) = next(from: tail) {
                used[i] = true
                edges.append(other)
                tail = other
            }
            lines.append(edges.map { found.points[$0]! })
        }
        return lines
    }
}
