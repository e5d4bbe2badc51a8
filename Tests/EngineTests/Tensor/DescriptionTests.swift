import Engine
import Testing

/// Lessons print tensors and the site compares the text with recorded outputs, so the
/// format is asserted exactly.
@Suite("Printing tensors")
struct DescriptionTests {
    @Test func smallTensorsPrintOnOneLine() throws {
        #expect(try Tensor<Float>([[1, 2], [3, 4]]).description == "[[1.0, 2.0], [3.0, 4.0]]")
        #expect(Tensor<Double>([1.5, -2]).description == "[1.5, -2.0]")
        #expect(Tensor<Float>.arange(to: 8).reshaped([2, 2, 2]).description
            == "[[[0.0, 1.0], [2.0, 3.0]], [[4.0, 5.0], [6.0, 7.0]]]")
        #expect(Tensor<Double>(2.5).description == "2.5")
    }

    @Test func elementsAreRoundedToTheTypesPrecision() {
        #expect(Tensor<Double>([0.1 + 0.2]).description == "[0.3]")
        #expect(Tensor<Double>([1.0 / 3, 2.0 / 3]).description == "[0.33333333, 0.66666667]")
        #expect(Tensor<Float>([1.0 / 3, 2.0 / 3]).description == "[0.333333, 0.666667]")
        #expect(Tensor<Double>([123_456.789_123]).description == "[123456.79]")
        // Below 1e-4 Swift prints an exponent, and all significant digits stay.
        #expect(Tensor<Double>([1.234_567_89e-7]).description == "[1.2345679e-07]")
        #expect(Tensor<Double>([0.001_234_567_89]).description == "[0.00123457]")
    }

    @Test func specialValuesPrintAsSwiftDoes() {
        #expect(Tensor<Float>([.nan, .infinity, -.infinity, -0.0]).description
            == "[nan, inf, -inf, -0.0]")
    }

    @Test func emptyTensorsPrintTheirBrackets() {
        #expect(Tensor<Float>.zeros([0]).description == "[]")
        #expect(Tensor<Float>.zeros([2, 0]).description == "[[], []]")
    }

    @Test func wideMatricesPrintOneRowPerLineWithAlignedDecimalPoints() throws {
        let m = Tensor<Double>.arange(to: 12).reshaped([3, 4]) / 7
        #expect(m.description == """
            [[0.0       , 0.14285714, 0.28571429, 0.42857143],
             [0.57142857, 0.71428571, 0.85714286, 1.0       ],
             [1.1428571 , 1.2857143 , 1.4285714 , 1.5714286 ]]
            """)
        let signed = try Tensor<Float>([
            [-1.5, 10.25, 100, 0.001], [2, -300.5, 0.5, 7], [1, 1, 1, 123456],
        ])
        #expect(signed.description == """
            [[    -1.5  ,     10.25 ,    100.0  ,      0.001],
             [     2.0  ,   -300.5  ,      0.5  ,      7.0  ],
             [     1.0  ,      1.0  ,      1.0  , 123456.0  ]]
            """)
    }

    @Test func exponentsAndNaNsAreRightAligned() {
        let v = Tensor<Double>([1e-5, .nan] + (1...20).map { Double($0) })
        #expect(v.description == """
            [1e-05,   nan,   1.0,   2.0,   3.0,   4.0,   5.0,   6.0,   7.0,   8.0,   9.0,
              10.0,  11.0,  12.0,  13.0,  14.0,  15.0,  16.0,  17.0,  18.0,  19.0,  20.0]
            """)
    }

    @Test func higherRanksSeparateBlocksWithABlankLine() {
        let x = Tensor<Double>.arange(to: 12).reshaped([2, 2, 3]) / 3
        #expect(x.description == """
            [[[0.0       , 0.33333333, 0.66666667],
              [1.0       , 1.3333333 , 1.6666667 ]],

             [[2.0       , 2.3333333 , 2.6666667 ],
              [3.0       , 3.3333333 , 3.6666667 ]]]
            """)
    }

    @Test func longRowsWrapAtEightyColumns() {
        let v = Tensor<Double>.arange(to: 30)
        #expect(v.description == """
            [ 0.0,  1.0,  2.0,  3.0,  4.0,  5.0,  6.0,  7.0,  8.0,  9.0, 10.0, 11.0, 12.0,
             13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 24.0, 25.0,
             26.0, 27.0, 28.0, 29.0]
            """)
    }

    @Test func largeTensorsPrintTheirShapeAndEdges() {
        let x = Tensor<Float>.arange(to: 2000).reshaped([2, 1000])
        #expect(x.description == """
            shape [2, 1000]
            [[   0.0,    1.0,    2.0, ...,  997.0,  998.0,  999.0],
             [1000.0, 1001.0, 1002.0, ..., 1997.0, 1998.0, 1999.0]]
            """)
        let tall = Tensor<Double>.arange(to: 1001).reshaped([1001, 1])
        #expect(tall.description == """
            shape [1001, 1]
            [[   0.0],
             [   1.0],
             [   2.0],
             ...,
             [ 998.0],
             [ 999.0],
             [1000.0]]
            """)
    }

    @Test func debugDescriptionNamesTheTypeAndShape() {
        #expect(Tensor<Float>([1, 2]).debugDescription == "Tensor<Float>(shape: [2], [1.0, 2.0])")
    }
}
