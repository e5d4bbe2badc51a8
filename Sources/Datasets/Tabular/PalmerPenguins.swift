import Engine
import Foundation

/// The Palmer penguins (Horst, Hill & Gorman, 2020, the `palmerpenguins` R package; data
/// from Gorman, Williams & Fraser, PLoS ONE 9(3), 2014, Palmer Station LTER; CC0): 344
/// penguins of three species on three islands of the Palmer Archipelago, Antarctica,
/// with bill, flipper and body measurements. A small real table with missing values
/// (`NA`) and categorical columns, a modern stand-in for Fisher's iris.
///
/// Columns: `species`, `island`, `sex` (categorical); `bill_length_mm`, `bill_depth_mm`,
/// `flipper_length_mm`, `body_mass_g`, `year` (numeric). Two penguins have no
/// measurements and eleven have no recorded sex.
///
/// The file comes from Debian's `r-cran-palmerpenguins`
/// (`/usr/lib/R/site-library/palmerpenguins/extdata/penguins.csv`), or
/// `palmerpenguins/penguins.csv` under `$UNDERBRACE_DATA` or the user cache folder.
///
/// ```swift
/// let table = try PalmerPenguins.load()
/// print(table)  // 344 rows × 8 columns, kinds and missing counts
/// let (x, y) = try PalmerPenguins.classification()
/// print(x.shape, PalmerPenguins.speciesNames[y[0]])  // [342, 4] Adelie
/// ```
public enum PalmerPenguins {
    /// The Debian package that installs the file.
    public static let debianPackage = "r-cran-palmerpenguins"
    /// Where that package installs it.
    public static let systemPath = "/usr/lib/R/site-library/palmerpenguins/extdata/penguins.csv"
    /// The four body measurements, the usual features.
    public static let measurementColumns = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]
    /// The species, indexed by the labels of ``classification()``.
    public static let speciesNames = ["Adelie", "Chinstrap", "Gentoo"]

    /// The location of `penguins.csv`, found by ``DataLocator``.
    ///
    /// - Throws: ``MissingDataError`` naming `r-cran-palmerpenguins` when it is missing.
    public static func file() throws -> URL {
        try DataLocator.file(
            "palmerpenguins/penguins.csv", debianPackage: debianPackage, systemPath: systemPath)
    }

    /// The whole table, 344 rows, with `year` read as a number.
    ///
    /// ```swift
    /// let species = try PalmerPenguins.load().categorical("species")
    /// ```
    public static func load() throws -> CSVTable {
        try CSVTable(contentsOf: file())
    }

    /// The four measurements as features and the species as labels (0 Adelie,
    /// 1 Chinstrap, 2 Gentoo), for the 342 penguins that have all four measurements,
    /// in file order.
    ///
    /// ```swift
    /// let (features, species) = try PalmerPenguins.classification()  // [342, 4], [Int]
    /// ```
    public static func classification() throws -> (features: Tensor<Double>, labels: [Int]) {
        let table = try load().droppingMissing(in: measurementColumns + ["species"])
        let species = try table.categorical("species")
        guard species.categories == speciesNames else {
            throw DatasetError(
                file: table.name, reason: .inconsistent(
                    "expected the species \(speciesNames), found \(species.categories)"))
        }
        return (try table.matrix(measurementColumns), species.codes.map { $0! })
    }
}
