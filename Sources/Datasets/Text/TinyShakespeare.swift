import Foundation

/// Tiny Shakespeare (Karpathy, "The unreasonable effectiveness of recurrent neural
/// networks", 2015): 1,115,394 characters of Shakespeare's plays in one text file, the
/// usual first corpus for a character-level language model. It has 65 distinct
/// characters.
///
/// The file is `tinyshakespeare/input.txt` under `$UNDERBRACE_DATA` or the user cache
/// folder (see ``DataLocator``); the repository's CI keeps it in `../shared/data`.
///
/// ```swift
/// let text = try TinyShakespeare.load()
/// let vocabulary = CharacterVocabulary(text)
/// print(text.unicodeScalars.count, vocabulary.count)  // 1115394 65
/// let ids = try vocabulary.encode(text)
/// let split = ids.count * 9 / 10                      // first 90 % to train on
/// ```
public enum TinyShakespeare {
    /// The location of the text, found by ``DataLocator``.
    ///
    /// - Throws: ``MissingDataError`` saying where to put the file when it is missing.
    public static func file() throws -> URL {
        try DataLocator.file(
            "tinyshakespeare/input.txt",
            hint: "It is Andrej Karpathy's char-rnn tiny Shakespeare, a 1.1 MB text file.")
    }

    /// The whole text.
    ///
    /// ```swift
    /// let text = try TinyShakespeare.load()
    /// print(text.prefix(14))  // First Citizen:
    /// ```
    ///
    /// - Throws: ``MissingDataError`` when the file is missing, ``DatasetError`` when it
    ///   cannot be read.
    public static func load() throws -> String {
        let bytes = try GzipFile.readAll(file())
        return String(decoding: bytes, as: UTF8.self)
    }
}
