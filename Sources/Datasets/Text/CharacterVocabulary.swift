/// The characters of a text, sorted, each with an integer id: the vocabulary of a
/// character-level language model.
///
/// Characters here are Unicode scalars (code points), as in Python's `sorted(set(text))`,
/// so ids match nanoGPT's on the same text.
///
/// ```swift
/// let vocabulary = CharacterVocabulary("hello")
/// print(vocabulary.characters)                 // ["e", "h", "l", "o"]
/// let ids = try vocabulary.encode("hell")     // [1, 0, 2, 2]
/// print(vocabulary.decode(ids))                // hell
/// ```
public struct CharacterVocabulary: Equatable, Sendable {
    /// The distinct characters of the text, sorted by code point; a character's id is its
    /// index here.
    public let characters: [Unicode.Scalar]
    private let ids: [Unicode.Scalar: Int]
    /// The ids of ASCII characters (−1 when absent): most text is ASCII, and an array
    /// lookup is several times faster than hashing.
    private let asciiIDs: [Int]

    /// The vocabulary of `text`.
    public init(_ text: String) {
        var ascii = [Bool](repeating: false, count: 128)
        var others = Set<Unicode.Scalar>()
        for scalar in text.unicodeScalars {
            if scalar.isASCII { ascii[Int(scalar.value)] = true } else { others.insert(scalar) }
        }
        characters = ascii.indices.filter { ascii[$0] }.map { Unicode.Scalar(UInt8($0)) } + others.sorted()
        ids = Dictionary(uniqueKeysWithValues: characters.enumerated().map { ($1, $0) })
        var asciiIDs = [Int](repeating: -1, count: 128)
        for (id, character) in characters.enumerated() where character.isASCII {
            asciiIDs[Int(character.value)] = id
        }
        self.asciiIDs = asciiIDs
    }

    /// The number of distinct characters.
    public var count: Int { characters.count }

    /// The id of each character of `text`.
    ///
    /// ```swift
    /// let ids = try vocabulary.encode("To be")
    /// ```
    ///
    /// - Throws: ``DatasetError`` naming the first character not in the vocabulary and
    ///   its offset in `text`.
    public func encode(_ text: String) throws(DatasetError) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(text.utf8.count)
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            let asciiID = scalar.isASCII ? asciiIDs[Int(scalar.value)] : -1
            guard let id = asciiID >= 0 ? asciiID : ids[scalar] else {
                throw DatasetError(
                    file: "<text>", reason: .inconsistent(
                        "the character \(scalar.debugDescription) at offset \(offset) is not in "
                            + "the vocabulary of \(count) characters"))
            }
            result.append(id)
        }
        return result
    }

    /// The text whose characters have the ids `ids`.
    ///
    /// ```swift
    /// print(vocabulary.decode([1, 0, 2, 2]))  // hell
    /// ```
    ///
    /// Stops the program when an id is outside `0..<count`: ids come from the model, not
    /// from a file, so one out of range is a bug.
    public func decode(_ ids: [Int]) -> String {
        var text = String.UnicodeScalarView()
        for id in ids {
            guard characters.indices.contains(id) else {
                fatalError("CharacterVocabulary.decode: id \(id) is outside 0..<\(count)")
            }
            text.append(characters[id])
        }
        return String(text)
    }
}
