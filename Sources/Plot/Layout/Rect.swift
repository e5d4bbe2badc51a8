/// A point on the figure, in points from its top-left corner (y grows downwards).
struct Point: Equatable, Sendable {
    var x: Double
    var y: Double
}

/// An axis-aligned rectangle on the figure, in points; y grows downwards.
struct Rect: Equatable, Sendable {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    var width: Double { maxX - minX }
    var height: Double { maxY - minY }

    func contains(_ p: Point) -> Bool {
        p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY
    }

    /// Whether the segment from `a` to `b` touches the rectangle: Liang–Barsky clipping,
    /// which narrows the segment's parameter interval [0, 1] against each edge in turn.
    func intersects(from a: Point, to b: Point) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        let edges = [(-dx, a.x - minX), (dx, maxX - a.x), (-dy, a.y - minY), (dy, maxY - a.y)]
        for (p, q) in edges {
            if p == 0 {
                if q < 0 { return false }  // parallel to this edge and outside it
                continue
            }
            let t = q / p
            if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
            if t0 > t1 { return false }
        }
        return true
    }
}
