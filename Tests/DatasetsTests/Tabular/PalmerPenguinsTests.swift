import Engine
import Testing
import Datasets

struct PalmerPenguinsTests {
    static let installed = DataLocator.isAvailable(
        "palmerpenguins/penguins.csv", systemPath: PalmerPenguins.systemPath)

    @Test(.enabled(if: installed, "needs Debian's r-cran-palmerpenguins"))
    func loadsAllRowsWithMissingValuesAndCategories() throws {
        let table = try PalmerPenguins.load()
        #expect(table.rowCount == 344)
        #expect(table.columnNames == [
            "species", "island", "bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g", "sex", "year",
        ])
        let species = try table.categorical("species")
        #expect(species.categories == PalmerPenguins.speciesNames)
        #expect(species.codes.count { $0 == 0 } == 152)
        #expect(try table.categorical("island").categories == ["Biscoe", "Dream", "Torgersen"])
        #expect(try table.column("sex").missingCount == 11)
        let bill = try table.numbers("bill_length_mm").filter { !$0.isNaN }
        #expect(bill.count == 342)
        #expect(abs(bill.reduce(0, +) / 342 - 43.921_929_824_561_42) < 1e-12)
        #expect(try table.droppingMissing().rowCount == 333)
    }

    @Test(.enabled(if: installed, "needs Debian's r-cran-palmerpenguins"))
    func classificationGivesMeasurementsAndSpeciesCodes() throws {
        let (features, labels) = try PalmerPenguins.classification()
        #expect(features.shape == [342, 4])
        #expect(Array(features.scalars.prefix(4)) == [39.1, 18.7, 181, 3750])
        #expect(Array(features.scalars.suffix(4)) == [50.2, 18.7, 198, 3775])
        #expect(labels.first == 0 && labels.last == 1)
    }
}
