internal import CCairo
import Foundation

/// Collects the bytes Cairo streams out, so SVG and PNG are produced in memory.
final class ByteSink {
    private(set) var data = Data()

    /// Runs `body` with a Cairo write function and the closure pointer it expects; the
    /// sink stays alive for the duration.
    func withWriter<R, E: Error>(
        _ body: (cairo_write_func_t, UnsafeMutableRawPointer) throws(E) -> R
    ) throws(E) -> R {
        defer { withExtendedLifetime(self) {} }
        return try body(Self.write, Unmanaged.passUnretained(self).toOpaque())
    }

    private static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
        Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }
}
