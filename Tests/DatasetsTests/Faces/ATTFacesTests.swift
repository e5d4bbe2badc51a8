import Engine
import Foundation
import Testing
import Datasets

struct ATTFacesTests {
    static let installed = DataLocator.isAvailable("att_faces/s40/10.pgm")

    @Test(.enabled(if: installed, "needs att_faces under $UNDERBRACE_DATA or ~/.cache/underbrace/data"))
    func loadsFourHundredFacesInSubjectThenImageOrder() throws {
        let faces = try ATTFaces.load(as: Double.self)
        #expect(faces.images.shape == [400, 10304])
        #expect(faces.width == 92 && faces.height == 112)
        #expect(faces.subjects == (1...40).flatMap { Array(repeating: $0, count: 10) })
        let pixels = faces.images.scalars
        // s1/1.pgm (new-line header) and s2/1.pgm (one-line header): first and last pixels.
        #expect(pixels[0] == 26.0 / 255 && pixels[1] == 61.0 / 255 && pixels[10303] == 199.0 / 255)
        #expect(pixels[10 * 10304] == 204.0 / 255 && pixels[10 * 10304 + 10303] == 89.0 / 255)
        #expect(pixels[399 * 10304 + 10303] == 34.0 / 255)
        // The sum of all grey values, 456981333, computed independently.
        #expect(pixels.reduce(0) { $0 + Int(($1 * 255).rounded()) } == 456_981_333)
    }

    @Test func incompleteCopyNamesTheMissingImage() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("s1"), withIntermediateDirectories: true)
        let face = Array("P5 92 112 255\n".utf8) + Array(repeating: UInt8(7), count: 92 * 112)
        try Data(face).write(to: folder.appendingPathComponent("s1/1.pgm"))
        let error = #expect(throws: MissingDataError.self) { try ATTFaces.load(as: Float.self, from: folder) }
        #expect(error?.relativePath == "s1/2.pgm")
    }

    @Test func rejectsAnImageOfTheWrongSize() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("s1"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixture.url("spaces.pgm"), to: folder.appendingPathComponent("s1/1.pgm"))
        let error = #expect(throws: DatasetError.self) { try ATTFaces.load(as: Float.self, from: folder) }
        #expect(error?.reason == .inconsistent("expected a 92×112 image with maximum 255, found 4×3 with maximum 255"))
    }
}
