import Testing
@testable import SiteKit

@Suite struct BibTeXReaderTests {
    @Test func readsTheCommonForms() throws {
        let (entries, errors) = BibTeXReader.read("""
            % a comment line with an @ in it
            @string{acm = "Communications of the {ACM}"}
            @comment{ignored entirely}

            @Article{kahan1965,
              author  = {Kahan, William},
              title   = {Further Remarks on {Reducing} Truncation Errors},
              journal = acm,
              volume  = 8, number = "1",
              pages   = {40--41},
              month   = jan,
              year    = 1965,
            }
            @book(higham2002, title = "Accuracy " # {and} # " Stability", author = {Nicholas J. Higham})
            """, file: "refs.bib")
        #expect(errors.isEmpty)
        #expect(entries.map(\.key) == ["kahan1965", "higham2002"])
        let kahan = try #require(entries.first)
        #expect(kahan.type == "article")
        #expect(kahan.line == 5)
        #expect(kahan["title"] == "Further Remarks on Reducing Truncation Errors")
        #expect(kahan["journal"] == "Communications of the ACM")
        #expect(kahan["volume"] == "8")
        #expect(kahan["pages"] == "40–41")
        #expect(kahan["month"] == "January")
        #expect(kahan.authors == ["William Kahan"])
        #expect(kahan.venue == "Communications of the ACM, 8(1), pp. 40–41")
        #expect(entries[1]["title"] == "Accuracy and Stability")
    }

    @Test func turnsTeXIntoText() {
        #expect(TeXText.plain(#"At{\i}l{\i}m G{\"u}ne{\c s} Baydin"#) == "Atılım Güneş Baydin")
        #expect(TeXText.plain(#"Andr\'{e} and \'Eric, Ko\v{c}i, \emph{word}, A \& B, 50\%"#) == "André and Éric, Koči, word, A & B, 50%")
        #expect(TeXText.plain("pp.~1---2, ``quoted''") == "pp.\u{A0}1—2, “quoted”")
        #expect(TeXText.plain("two\n   lines") == "two lines")
    }

    @Test func namesListsAndShortensAuthors() {
        let entry = BibEntry(type: "article", key: "k", fields: [
            "author": "Baydin, Atılım Güneş and Barak A. Pearlmutter and Radul, Alexey", "title": "T",
        ], line: 1)
        #expect(entry.authors == ["Atılım Güneş Baydin", "Barak A. Pearlmutter", "Alexey Radul"])
        #expect(entry.authorList == "Atılım Güneş Baydin, Barak A. Pearlmutter and Alexey Radul")
        #expect(entry.shortAuthors == "Baydin et al.")
        let standard = BibEntry(type: "techreport", key: "s", fields: ["title": "T", "organization": "IEEE"], line: 1)
        #expect(standard.authorList == "IEEE")
        #expect(BibEntry(type: "misc", key: "d", fields: ["doi": "10.1/x", "title": "T"], line: 1).link == "https://doi.org/10.1/x")
    }

    @Test func anEntryThatIsNeverClosedIsAnErrorAtItsLineAndTheNextEntryStillReads() {
        let (entries, errors) = BibTeXReader.read("""
            @article{first, title = {One}, year = 2000

            @book{second, title = {Two}}
            """, file: "Content/references.bib")
        #expect(entries.map(\.key) == ["second"])
        #expect(errors == [.bibliography(SourceLocation(file: "Content/references.bib", line: 1),
                                         "entry `first` is never closed (missing `}`)")])
        #expect(errors.first?.description == "Content/references.bib:1: error: bibliography: entry `first` is never closed (missing `}`)")
    }

    @Test func anUnclosedBraceInAValueNamesTheLineWhereItOpens() {
        let (entries, errors) = BibTeXReader.read("""
            @misc{ok, title = {Fine}}
            @misc{broken,
              title = {Half {open},
              year = 2001
            }
            @misc{after, title = {Still read}}
            """, file: "r.bib")
        #expect(entries.map(\.key) == ["ok", "after"])
        #expect(errors.map(\.location?.line) == [3])
        #expect(errors.first?.message == "bibliography: this `{` is never closed")
    }

    @Test func malformedEntriesEachGetAClearMessage() {
        let cases: [(String, Int, String)] = [
            ("@misc{k title = {T}}", 1, "expected `,` or `}` in entry `k`, found `t`"),
            ("@misc{k,\n  title {T}}", 2, "expected `=` after field `title` of entry `k`, found `{`"),
            ("@misc{k,\n  title = unknownmacro}", 2, "unknown abbreviation `unknownmacro` (a value needs braces or quotes)"),
            ("@misc{k, year = 2000}", 1, "entry `k` has no `title` field"),
            ("@misc{, title = {T}}", 1, "expected a citation key after `@misc{`"),
            ("@misc{k, title = {T}, title = {U}}", 1, "field `title` appears twice in entry `k`"),
            ("@misc{a, title = {A}}\n\n@misc{A, title = {B}}", 3, "duplicate key `A` (first defined on line 1)"),
            ("@misc{k, title = \"open quote\n\n}", 1, "this `\"` is never closed"),
            ("@ misc{k}", 1, "expected an entry type after `@`"),
        ]
        for (text, line, message) in cases {
            let (_, errors) = BibTeXReader.read(text, file: "r.bib")
            #expect(errors == [.bibliography(SourceLocation(file: "r.bib", line: line), message)], "\(text)")
        }
    }

    @Test func suggestsTheKeyThatWasMeant() {
        let bibliography = Bibliography(file: "r.bib", entries: [
            BibEntry(type: "book", key: "higham2002", fields: ["title": "A"], line: 1),
            BibEntry(type: "book", key: "kahan1965", fields: ["title": "B"], line: 2),
        ])
        #expect(bibliography["HIGHAM2002"]?.key == "higham2002")
        #expect(bibliography.suggestion(for: "higham2020") == "higham2002")
        #expect(bibliography.suggestion(for: "goldberg1991") == nil)
    }
}
