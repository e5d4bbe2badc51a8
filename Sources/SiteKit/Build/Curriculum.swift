/// The parts of the curriculum (`shared/CURRICULUM.md`), which group the index page.
enum Curriculum {
    static let parts = [
        "Numerical foundations",
        "Automatic differentiation",
        "Classical machine learning",
        "Neural networks from scratch",
        "Modern architectures",
        "Probability, statistics, decisions",
        "Practice",
    ]

    static let numerals = ["I", "II", "III", "IV", "V", "VI", "VII"]

    static func name(ofPart part: Int) -> String { parts[part - 1] }
    static func numeral(ofPart part: Int) -> String { numerals[part - 1] }
}
