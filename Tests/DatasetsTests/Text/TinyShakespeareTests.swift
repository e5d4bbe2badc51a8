import Testing
import Datasets

struct TinyShakespeareTests {
    static let installed = DataLocator.isAvailable("tinyshakespeare/input.txt")

    @Test(.enabled(if: installed, "needs tinyshakespeare/input.txt under $UNDERBRACE_DATA or ~/.cache/underbrace/data"))
    func loadsTheTextWithSixtyFiveCharacters() throws {
        let text = try TinyShakespeare.load()
        #expect(text.unicodeScalars.count == 1_115_394)
        #expect(text.hasPrefix("First Citizen:\n"))
        let vocabulary = CharacterVocabulary(text)
        #expect(vocabulary.count == 65)
        #expect(String(String.UnicodeScalarView(vocabulary.characters)) ==
            "\n !$&',-.3:;?ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        let ids = try vocabulary.encode(text)
        #expect(Array(ids.prefix(14)) == [18, 47, 56, 57, 58, 1, 15, 47, 58, 47, 64, 43, 52, 10])
        #expect(vocabulary.decode(ids) == text)
    }
}

struct CharacterVocabularyTests {
    @Test func sortsTheDistinctCharactersAndRoundTrips() throws {
        let vocabulary = CharacterVocabulary("hello")
        #expect(vocabulary.characters == ["e", "h", "l", "o"])
        let ids = try vocabulary.encode("hell")
        #expect(ids == [1, 0, 2, 2])
        #expect(vocabulary.decode(ids) == "hell")
    }

    @Test func countsCodePointsLikePythonAndSortsThem() throws {
        // "é" as e + combining accent is two characters to Python and to the vocabulary.
        let vocabulary = CharacterVocabulary("\u{301}é e")
        #expect(vocabulary.characters == [" ", "e", "\u{E9}", "\u{301}"])
        let ids = try vocabulary.encode("e\u{301}é")
        #expect(ids == [1, 3, 2])
        #expect(vocabulary.decode(ids) == "e\u{301}é")
    }

    @Test func encodingAnUnknownCharacterSaysWhichAndWhere() {
        let error = #expect(throws: DatasetError.self) { try CharacterVocabulary("abc").encode("abz") }
        #expect(error?.reason == .inconsistent("the character \"z\" at offset 2 is not in the vocabulary of 3 characters"))
    }
}
