import Engine
import Foundation
import Testing
import Datasets

struct FashionMNISTTests {
    static let installed = DataLocator.isAvailable("fashion-mnist/train-images-idx3-ubyte.gz")

    @Test func loadsAnIDXPairAsRowsOfPixelsInTheUnitInterval() throws {
        let (images, labels) = try FashionMNIST.load(
            images: Fixture.url("three-images-idx3-ubyte.gz"), labels: Fixture.url("three-labels-idx1-ubyte.gz"),
            as: Float.self)
        #expect(images.shape == [3, 784])
        #expect(labels == [9, 2, 1])
        #expect(FashionMNIST.classNames[labels[0]] == "Ankle boot")
        #expect(images.scalars[215] == Float(3) / 255)
        #expect(images.scalars.max() == 1 && images.scalars.min() == 0)
    }

    @Test func loadsDoublesAndHonoursTheLimit() throws {
        let (images, labels) = try FashionMNIST.load(
            images: Fixture.url("three-images-idx3-ubyte.gz"), labels: Fixture.url("three-labels-idx1-ubyte.gz"),
            as: Double.self, limit: 2)
        #expect(images.shape == [2, 784])
        #expect(labels == [9, 2])
        #expect(images.scalars[784 + 10] == 13.0 / 255)
    }

    @Test func rejectsLabelsThatDoNotMatchTheImages() {
        let error = #expect(throws: DatasetError.self) {
            try FashionMNIST.load(
                images: Fixture.url("three-images-idx3-ubyte.gz"), labels: Fixture.url("four-labels-idx1-ubyte.gz"),
                as: Float.self)
        }
        #expect(error?.reason == .inconsistent("4 labels for 3 images in \(Fixture.path("three-images-idx3-ubyte.gz"))"))
    }

    @Test func rejectsALabelOutsideTheTenClasses() {
        let error = #expect(throws: DatasetError.self) {
            try FashionMNIST.load(
                images: Fixture.url("three-images-idx3-ubyte.gz"),
                labels: Fixture.url("label-out-of-range-idx1-ubyte.gz"), as: Float.self)
        }
        #expect(error?.description == "\(Fixture.path("label-out-of-range-idx1-ubyte.gz")): byte 9: label 1 is 12, expected 0...9")
    }

    @Test func rejectsImagesGivenAsLabels() {
        let error = #expect(throws: DatasetError.self) {
            try FashionMNIST.load(
                images: Fixture.url("three-labels-idx1-ubyte.gz"), labels: Fixture.url("three-labels-idx1-ubyte.gz"),
                as: Float.self)
        }
        #expect(error?.description.contains("expected images of unsigned bytes with 3 dimensions") == true)
    }

    @Test(.enabled(if: installed, "needs Debian's dataset-fashion-mnist"))
    func loadsTheWholeTrainingSetFromTheDebianPackage() throws {
        let (images, labels) = try FashionMNIST.load(split: .train, as: Float.self)
        #expect(images.shape == [60000, 784])
        #expect(labels.count == 60000)
        #expect(Array(labels.prefix(10)) == [9, 0, 0, 3, 0, 2, 7, 2, 5, 5])
        #expect(labels.last == 5)
        // Every class has 6000 training images.
        #expect(Dictionary(grouping: labels, by: { $0 }).values.allSatisfy { $0.count == 6000 })
        // Grey-value sums of the first and last images, computed independently.
        let pixels = images.scalars
        #expect(pixels[..<784].reduce(0) { $0 + Int(($1 * 255).rounded()) } == 76247)
        #expect(pixels[(59999 * 784)...].reduce(0) { $0 + Int(($1 * 255).rounded()) } == 16684)
    }

    @Test(.enabled(if: installed, "needs Debian's dataset-fashion-mnist"))
    func fixtureIsTheFirstThreeTestImages() throws {
        let real = try FashionMNIST.load(split: .test, as: Float.self, limit: 3)
        let fixture = try FashionMNIST.load(
            images: Fixture.url("three-images-idx3-ubyte.gz"), labels: Fixture.url("three-labels-idx1-ubyte.gz"),
            as: Float.self)
        #expect(real.images.scalars == fixture.images.scalars)
        #expect(real.labels == fixture.labels)
        #expect(try FashionMNIST.load(split: .test, as: Float.self).labels.count == 10000)
    }

    @Test func missingPackageIsNamedInTheError() {
        let error = #expect(throws: MissingDataError.self) {
            try DataLocator.file(
                "fashion-mnist/train-images-idx3-ubyte.gz", debianPackage: FashionMNIST.debianPackage,
                searching: [URL(fileURLWithPath: "/nonexistent-ub")])
        }
        #expect(error?.description.hasSuffix("Install it with `sudo apt-get install dataset-fashion-mnist`.") == true)
    }
}
