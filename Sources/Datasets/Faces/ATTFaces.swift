import Engine
import Foundation

/// The AT&T face database (formerly the ORL database of faces): 400 greyscale photographs,
/// 10 each of 40 people, 92 pixels wide and 112 high, taken between 1992 and 1994 at the
/// Olivetti Research Laboratory in Cambridge, UK. Credit: Olivetti Research Laboratory;
/// F. Samaria and A. Harter, "Parameterisation of a stochastic model for human face
/// identification", 2nd IEEE Workshop on Applications of Computer Vision, 1994.
///
/// The files are `att_faces/s<subject>/<image>.pgm` under `$UNDERBRACE_DATA` or the user
/// cache folder (see ``DataLocator``); the repository's CI keeps them in `../shared/data`.
/// Images are flattened row by row and scaled to `[0, 1]`, in a fixed order: subject 1
/// images 1–10, then subject 2, and so on.
///
/// ```swift
/// let faces = try ATTFaces.load(as: Double.self)
/// print(faces.images.shape)            // [400, 10304]
/// print(faces.subjects[0], faces.subjects[10])  // 1 2
/// print(faces.width, faces.height)     // 92 112
/// ```
public enum ATTFaces {
    /// The number of people photographed.
    public static let subjectCount = 40
    /// Photographs per person.
    public static let imagesPerSubject = 10
    /// Image width in pixels.
    public static let width = 92
    /// Image height in pixels.
    public static let height = 112

    /// The folder holding `s1`...`s40`, found by ``DataLocator``.
    ///
    /// - Throws: ``MissingDataError`` saying where to put the files when they are missing.
    public static func folder() throws -> URL {
        try DataLocator.file(
            "att_faces",
            hint: "It is the AT&T (Olivetti Research Laboratory) face database: folders "
                + "att_faces/s1 ... att_faces/s40, each with 1.pgm ... 10.pgm.")
    }

    /// Loads all 400 faces from the located folder, or from `folder` when given.
    ///
    /// Returns one image per row of `images`, `[400, 10304]` with row-major pixels in
    /// `[0, 1]`; the subject (person) of each row, numbered 1...40 as the folders
    /// `s1`...`s40`; and the image `width` (92) and `height` (112).
    ///
    /// ```swift
    /// let faces = try ATTFaces.load(as: Float.self)
    /// ```
    ///
    /// - Throws: ``MissingDataError`` when the folder or one of its 400 files is missing,
    ///   ``DatasetError`` when an image is not a valid 92×112 PGM.
    public static func load<Scalar: TensorScalar>(
        as _: Scalar.Type = Scalar.self, from folder: URL? = nil
    ) throws -> (images: Tensor<Scalar>, subjects: [Int], width: Int, height: Int) {
        let root = try folder ?? self.folder()
        let pixelsPerImage = width * height
        var bytes = [UInt8]()
        bytes.reserveCapacity(subjectCount * imagesPerSubject * pixelsPerImage)
        var subjects: [Int] = []
        for subject in 1...subjectCount {
            for image in 1...imagesPerSubject {
                let relative = "s\(subject)/\(image).pgm"
                let url = root.appendingPathComponent(relative)
                guard FileManager.default.fileExists(atPath: url.path) else {
                    throw MissingDataError(
                        relativePath: relative, searched: [root.path],
                        hint: "The database has 40 folders of 10 images; this copy is incomplete.")
                }
                let face = try PGMImage(contentsOf: url)
                guard face.width == width, face.height == height, face.maxValue == 255 else {
                    throw DatasetError(
                        file: url.path, reason: .inconsistent(
                            "expected a \(width)×\(height) image with maximum 255, "
                                + "found \(face.width)×\(face.height) with maximum \(face.maxValue)"))
                }
                bytes.append(contentsOf: face.pixels.lazy.map { UInt8($0) })
                subjects.append(subject)
            }
        }
        let images = makeTensor(
            shape: [subjects.count, pixelsPerImage],
            scalars: PixelScaling.scaled(bytes, maximum: 255, as: Scalar.self))
        return (images, subjects, width, height)
    }
}
