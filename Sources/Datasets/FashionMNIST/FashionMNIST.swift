import Engine
import Foundation

/// Fashion-MNIST (Xiao, Rasul & Vollgraf, 2017): 70,000 greyscale 28×28 images of
/// clothing in 10 classes, 60,000 for training and 10,000 for testing, from Debian's
/// `dataset-fashion-mnist` package (`/usr/share/datasets/fashion-mnist/*-idx?-ubyte.gz`).
///
/// Images come as rows of 784 pixels scaled to `[0, 1]` (value / 255), in file order, so
/// "the first N" means the same images everywhere.
///
/// ```swift
/// let (images, labels) = try FashionMNIST.load(split: .train, as: Float.self)
/// print(images.shape)                            // [60000, 784]
/// print(FashionMNIST.classNames[labels[0]])      // Ankle boot
/// let small = try FashionMNIST.load(split: .test, as: Double.self, limit: 1000)
/// ```
public enum FashionMNIST {
    /// The training set (60,000 images) or the test set (10,000).
    public enum Split: String, Sendable, CaseIterable {
        case train, test

        /// The file-name prefix Zalando's files use: `train` and `t10k`.
        var filePrefix: String { self == .train ? "train" : "t10k" }
    }

    /// The class names, indexed by label.
    public static let classNames = [
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
        "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
    ]

    /// The Debian package that installs the files.
    public static let debianPackage = "dataset-fashion-mnist"

    /// Image width and height in pixels.
    public static let imageSide = 28

    /// The images and labels files of `split`, found by ``DataLocator``.
    ///
    /// ```swift
    /// let (imagesURL, labelsURL) = try FashionMNIST.files(split: .test)
    /// ```
    ///
    /// - Throws: ``MissingDataError`` naming `dataset-fashion-mnist` when it is not installed.
    public static func files(split: Split) throws -> (images: URL, labels: URL) {
        func locate(_ kind: String) throws -> URL {
            try DataLocator.file(
                "fashion-mnist/\(split.filePrefix)-\(kind)-ubyte.gz", debianPackage: debianPackage)
        }
        return (try locate("images-idx3"), try locate("labels-idx1"))
    }

    /// Loads `split`: images as a `[n, 784]` tensor scaled to `[0, 1]`, and labels in `0..<10`.
    ///
    /// ```swift
    /// let (x, y) = try FashionMNIST.load(split: .train, as: Float.self, limit: 10000)
    /// ```
    ///
    /// - Parameter limit: load only the first `limit` images and labels.
    /// - Throws: ``MissingDataError`` when the package is not installed, ``DatasetError``
    ///   when a file is damaged or the two files disagree.
    public static func load<Scalar: TensorScalar>(
        split: Split, as _: Scalar.Type = Scalar.self, limit: Int? = nil
    ) throws -> (images: Tensor<Scalar>, labels: [Int]) {
        let (imagesURL, labelsURL) = try files(split: split)
        return try load(images: imagesURL, labels: labelsURL, as: Scalar.self, limit: limit)
    }

    /// Loads an MNIST-style pair of IDX files (images `[n, rows, columns]` of bytes and
    /// labels `[n]` in `0..<10`), e.g. a copy kept elsewhere or a small test fixture.
    ///
    /// ```swift
    /// let (x, y) = try FashionMNIST.load(images: imagesURL, labels: labelsURL, as: Float.self)
    /// ```
    public static func load<Scalar: TensorScalar>(
        images imagesURL: URL, labels labelsURL: URL, as _: Scalar.Type = Scalar.self,
        limit: Int? = nil
    ) throws(DatasetError) -> (images: Tensor<Scalar>, labels: [Int]) {
        // Labels first: they are small, and the images are then converted as they are
        // decompressed, straight into the tensor's storage.
        let labelArray = try IDXArray(contentsOf: labelsURL, limit: limit)
        let images = try IDXReader(imagesURL, limit: limit)
        guard images.type == .unsignedByte, images.shape.count == 3 else {
            throw DatasetError(
                file: images.path, reason: .inconsistent(
                    "expected images of unsigned bytes with 3 dimensions [count, rows, columns], "
                        + "found \(images.type) with shape \(images.fileShape)"))
        }
        guard labelArray.type == .unsignedByte, labelArray.shape.count == 1 else {
            throw DatasetError(
                file: labelArray.file, reason: .inconsistent(
                    "expected labels of unsigned bytes with 1 dimension, "
                        + "found \(labelArray.type) with shape \(labelArray.shape)"))
        }
        guard labelArray.shape[0] == images.shape[0] else {
            throw DatasetError(
                file: labelArray.file, reason: .inconsistent(
                    "\(labelArray.shape[0]) labels for \(images.shape[0]) images in \(images.path)"))
        }
        let labels = labelArray.bytes.map { Int($0) }
        if let bad = labels.firstIndex(where: { $0 >= classNames.count }) {
            throw DatasetError(
                file: labelArray.file, position: .byte(8 + bad),
                reason: .valueOutOfRange(name: "label \(bad)", value: labels[bad], allowed: "0...9"))
        }
        let pixels: [Scalar] = try PixelScaling.scaled(images, maximum: 255)
        let tensor = makeTensor(shape: [images.shape[0], images.shape[1] * images.shape[2]], scalars: pixels)
        return (tensor, labels)
    }
}
