import Foundation

/// The lesson side of the protocol read by `Sources/SiteKit/Run/LessonEvent.swift`:
/// each event is one line on standard output, the byte 0x1E, a JSON object, a newline.
/// The same C `stdout` stream carries `print`'s text, so text and events stay in order.
enum Events {
    static func emit(_ fields: [String: Any]) {
        guard let json = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]) else {
            return
        }
        fputs("\u{1E}" + String(decoding: json, as: UTF8.self) + "\n", stdout)
        fflush(stdout)
    }
}
