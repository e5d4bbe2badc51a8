import Engine
import Foundation
import Testing
import Datasets

struct CSVTableTests {
    @Test func infersNumericAndCategoricalColumnsWithMissingValues() throws {
        let table = try CSVTable(contentsOf: Fixture.url("penguins-sample.csv"))
        #expect(table.rowCount == 5)
        #expect(table.columnNames == ["species", "island", "bill_length_mm", "body_mass_g", "sex", "comment"])
        #expect(table.columns.map(\.kind) == [.categorical, .categorical, .numeric, .numeric, .categorical, .categorical])

        let species = try table.categorical("species")
        #expect(species.categories == ["Adelie", "Chinstrap", "Gentoo"])
        #expect(species.codes == [0, 0, 2, 1, 2])
        #expect(try table.categorical("sex").codes == [1, nil, 0, 0, 1])

        let bill = try table.numbers("bill_length_mm")
        #expect(bill[0] == 39.1 && bill[1].isNaN && bill[4] == 50)
        // An empty field is missing too.
        #expect(try table.numbers("body_mass_g")[3].isNaN)
        #expect(try table.column("body_mass_g").missingCount == 2)
    }

    @Test func quotedFieldsHoldDelimitersEscapedQuotesAndLineBreaks() throws {
        let comments = try CSVTable(contentsOf: Fixture.url("penguins-sample.csv")).categorical("comment")
        #expect(comments.values == [nil, "Adult, 1 Egg Stage", "said \"hello\"", "two\nlines", nil])
    }

    @Test func readsAGzippedFileLikeAPlainOne() throws {
        let plain = try CSVTable(contentsOf: Fixture.url("penguins-sample.csv"))
        let compressed = try CSVTable(contentsOf: Fixture.url("penguins-sample.csv.gz"))
        #expect(compressed.columnNames == plain.columnNames)
        #expect(try compressed.categorical("comment") == plain.categorical("comment"))
    }

    @Test func matrixPutsNumericColumnsSideBySideWithNaNForMissing() throws {
        let table = try CSVTable(contentsOf: Fixture.url("penguins-sample.csv"))
        let x = try table.matrix(["bill_length_mm", "body_mass_g"])
        #expect(x.shape == [5, 2])
        #expect(x.scalars[0] == 39.1 && x.scalars[1] == 3750 && x.scalars[3].isNaN)
        let complete = try table.droppingMissing(in: ["bill_length_mm", "body_mass_g"])
        #expect(try complete.matrix(["bill_length_mm", "body_mass_g"]).scalars == [39.1, 3750, 46.1, 4500, 50, 5700])
        #expect(try complete.categorical("species").values == ["Adelie", "Gentoo", "Gentoo"])
    }

    @Test func matrixRefusesACategoricalColumn() throws {
        let table = try CSVTable(contentsOf: Fixture.url("penguins-sample.csv"))
        let error = #expect(throws: DatasetError.self) { try table.matrix(["bill_length_mm", "species"]) }
        #expect(error?.reason == .wrongColumnKind(column: "species", expected: "numeric", found: "categorical"))
    }

    @Test func unknownColumnListsTheColumns() throws {
        let table = try CSVTable(string: "a,b\n1,2\n", name: "t.csv")
        let error = #expect(throws: DatasetError.self) { try table.numbers("c") }
        #expect(error?.description == "t.csv: no column `c`; the columns are `a`, `b`")
    }

    @Test func columnKindsOverrideInference() throws {
        let options = CSVOptions(columnKinds: ["year": .categorical])
        let table = try CSVTable(string: "year,x\n2007,1\n2008,2\n2007,3\n", options: options)
        #expect(try table.categorical("year").categories == ["2007", "2008"])
    }

    @Test func otherDelimitersAndMissingMarkers() throws {
        let options = CSVOptions(delimiter: ";", missingValues: ["?"])
        let table = try CSVTable(string: "a;b\n1;?\n2;3\n", options: options)
        let b = try table.numbers("b")
        #expect(b[0].isNaN && b[1] == 3)
    }

    @Test func summaryListsKindsCategoriesAndMissingCounts() throws {
        let table = try CSVTable(contentsOf: Fixture.url("penguins-sample.csv"))
        #expect(
            table.description == """
                penguins-sample.csv: 5 rows × 6 columns
                  species         categorical (3: Adelie, Chinstrap, Gentoo)
                  island          categorical (3: Biscoe, Dream, Torgersen)
                  bill_length_mm  numeric, 1 missing
                  body_mass_g     numeric, 2 missing
                  sex             categorical (2: female, male), 1 missing
                  comment         categorical (3: Adult, 1 Egg Stage, said "hello", two\\nlines), 2 missing
                """)
    }

    @Test func reportsARecordWithTheWrongNumberOfFields() {
        let error = #expect(throws: DatasetError.self) { try CSVTable(contentsOf: Fixture.url("wrong-field-count.csv")) }
        #expect(error?.description == "\(Fixture.path("wrong-field-count.csv")):3: expected 3 fields, found 2")
    }

    @Test func reportsWhereAnUnterminatedQuoteOpened() {
        let error = #expect(throws: DatasetError.self) { try CSVTable(contentsOf: Fixture.url("unterminated-quote.csv")) }
        #expect(error?.description == "\(Fixture.path("unterminated-quote.csv")):3:1: unterminated quoted field (it opened here)")
    }

    @Test func reportsTextAfterAClosingQuote() {
        let error = #expect(throws: DatasetError.self) { try CSVTable(contentsOf: Fixture.url("text-after-quote.csv")) }
        #expect(error?.position == .line(2, column: 8))
        #expect(error?.reason == .textAfterClosingQuote("x"))
    }

    @Test func reportsANonNumberInAColumnDeclaredNumeric() throws {
        let url = Fixture.url("not-a-number.csv")
        #expect(try CSVTable(contentsOf: url).column("value").kind == .categorical)
        let error = #expect(throws: DatasetError.self) {
            try CSVTable(contentsOf: url, options: CSVOptions(columnKinds: ["value": .numeric]))
        }
        #expect(error?.description == "\(url.path):3:8: column `value` holds numbers, but this field is `two`")
    }

    @Test func reportsADuplicateColumnName() {
        let error = #expect(throws: DatasetError.self) { try CSVTable(contentsOf: Fixture.url("duplicate-column.csv")) }
        #expect(error?.description == "\(Fixture.path("duplicate-column.csv")):1:5: the column name `x` appears twice in the header")
    }

    @Test func reportsAnEmptyFile() {
        let error = #expect(throws: DatasetError.self) { try CSVTable(contentsOf: Fixture.url("empty.csv")) }
        #expect(error?.description == "\(Fixture.path("empty.csv")): the file is empty; expected a header row naming the columns")
    }

    @Test func reportsAnOverrideForAColumnThatDoesNotExist() {
        let error = #expect(throws: DatasetError.self) {
            try CSVTable(string: "a\n1\n", name: "t.csv", options: CSVOptions(columnKinds: ["b": .numeric]))
        }
        #expect(error?.description == "t.csv:1: no column `b`; the columns are `a`")
    }

    @Test func aTrailingDelimiterMeansAnEmptyLastField() throws {
        let table = try CSVTable(string: "a,b\n1,\n")
        #expect(try table.numbers("b")[0].isNaN)
    }
}
