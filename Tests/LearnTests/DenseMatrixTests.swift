import Engine
import Testing

@testable import Learn

@Suite struct DenseMatrixTests {
    @Test func theGramMatrixBySyrkIsTheFullSymmetricProduct() {
        let (rows, columns) = (7, 4)
        let a = (0..<(rows * columns)).map { Double(($0 * 37) % 11) - 5.5 }
        let ofColumns = gramMatrix(a, rows: rows, columns: columns, ofColumns: true)
        #expect(ofColumns == matrixProduct(a, a, m: columns, n: columns, k: rows, transposeA: true))
        let ofRows = gramMatrix(a, rows: rows, columns: columns, ofColumns: false)
        #expect(ofRows == matrixProduct(a, a, m: rows, n: rows, k: columns, transposeB: true))
        #expect(gramMatrix([], rows: 0, columns: 3, ofColumns: true) == [Double](repeating: 0, count: 9))
    }
}
