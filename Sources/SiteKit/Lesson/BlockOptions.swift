/// The options a Swift code block's info string carries after the language,
/// e.g. ```` ```swift hide tolerance=1e-4 ````.
public struct BlockOptions: Sendable, Equatable {
    /// Run the block but show only its output (the code folds behind "show code").
    public var hide = false
    /// Show the code but do not run it.
    public var norun = false
    /// Show the block's figures wider than the text column, across the page.
    public var wide = false
    /// Relative tolerance for numbers in the output; `0` demands the same digits.
    public var tolerance = BlockOptions.defaultTolerance
    /// Absolute tolerance for numbers in the output, for values that should be zero.
    public var absoluteTolerance = 0.0

    /// A relative tolerance of a few units in the last place of a Float, so that the
    /// output survives another machine's BLAS kernels but not a changed result.
    public static let defaultTolerance = 1e-6

    public init() {}

    /// Parses the words after `swift`; unknown words are errors, not silently ignored.
    public init(parsing words: [Substring]) throws(OptionError) {
        for word in words {
            let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
            switch (parts[0], parts.count) {
            case ("hide", 1): hide = true
            case ("norun", 1): norun = true
            case ("wide", 1): wide = true
            case ("tolerance", 2): tolerance = try Self.number(parts[1], for: "tolerance")
            case ("atol", 2): absoluteTolerance = try Self.number(parts[1], for: "atol")
            default:
                throw OptionError(
                    message: "unknown code block option `\(word)` (known: hide, norun, wide, tolerance=X, atol=X)")
            }
        }
    }

    private static func number(_ text: String, for name: String) throws(OptionError) -> Double {
        guard let value = Double(text), value >= 0, value.isFinite else {
            throw OptionError(message: "`\(name)=` needs a non-negative number, not `\(text)`")
        }
        return value
    }

    /// A malformed info string.
    public struct OptionError: Error {
        public var message: String
    }
}
