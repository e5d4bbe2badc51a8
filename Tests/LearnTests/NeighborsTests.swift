import Engine
import Learn
import Testing
import TestSupport

@Suite struct NeighborsTests {
    let data = LearnFixture.shared.neighbours

    @Test func predictionsMatchScikitLearnOnTheSameSplit() throws {
        let x: Tensor<Double> = data.x.tensor()
        let train = Array(0..<data.trainCount), test = Array(data.trainCount..<data.labels.count)
        let truth = test.map { data.labels[$0] }
        for reference in data.results {
            let model = try KNearestNeighborsClassifier(neighbors: reference.k)
                .fit(x.gathering(train), train.map { data.labels[$0] })
            let predicted = try model.predict(x.gathering(test))
            let ours = try accuracy(truth, predicted)
            #expect(Swift.abs(ours - reference.accuracy) <= 0.01, "k = \(reference.k): \(ours) vs \(reference.accuracy)")
            let disagreements = zip(predicted, reference.predictions).filter { $0 != $1 }.count
            #expect(disagreements <= 1, "k = \(reference.k): \(disagreements) predictions differ")
        }
    }

    @Test func neighboursComeNearestFirstWithTheirDistances() throws {
        let x = try Tensor<Double>([[0, 0], [3, 4], [1, 0], [0, 2]])
        let model = try KNearestNeighborsClassifier(neighbors: 3).fit(x, [0, 1, 0, 1])
        let (indices, distances) = try model.kNeighbors(try Tensor<Double>([[0, 0]]))
        #expect(indices == [[0, 2, 3]])
        expectAgreement(distances[0], [0, 1, 2], tolerance: 1e-12, "distances")
        let probabilities = try model.predictProbabilities(try Tensor<Double>([[0, 0]]))
        expectAgreement(probabilities.scalars, [2.0 / 3, 1.0 / 3], tolerance: 1e-15, "votes")
    }

    @Test func equidistantCrowdsAreRankedExactlyWithTiesToTheLowerIndex() throws {
        // Twelve lattice points at distance exactly 5 from the origin, among farther ones:
        // single-precision screening cannot separate them, so the exact fallback ranks them.
        var points: [[Double]] = [[9, 9], [-8, 7]]
        for (a, b) in [(3.0, 4.0), (4, 3), (5, 0), (0, 5)] {
            for (sa, sb) in [(1.0, 1.0), (-1, 1), (1, -1), (-1, -1)] where !(a == 0 && sa < 0) && !(b == 0 && sb < 0) {
                points.append([sa * a, sb * b])
            }
        }
        points += (0..<40).map { [Double($0) + 6, -7] }
        let x = try Tensor<Double>(points)
        let model = try KNearestNeighborsClassifier(neighbors: 3).fit(x, [Int](repeating: 0, count: points.count))
        let (indices, distances) = try model.kNeighbors(try Tensor<Double>([[0, 0]]))
        #expect(indices == [[2, 3, 4]])
        #expect(distances == [[5, 5, 5]])
    }

    @Test func rejectsKLargerThanTheTrainingSet() throws {
        let x = try Tensor<Double>([[0, 0], [1, 1]])
        expectLearnError("KNearestNeighborsClassifier.fit: k = 3 is larger than the number of training samples (2)") {
            _ = try KNearestNeighborsClassifier(neighbors: 3).fit(x, [0, 1])
        }
        expectLearnError("k must be at least 1, not 0") { _ = try KNearestNeighborsClassifier(neighbors: 0).fit(x, [0, 1]) }
        expectLearnError("x holds inf") {
            _ = try KNearestNeighborsClassifier(neighbors: 1).fit(try Tensor<Double>([[0, .infinity], [1, 1]]), [0, 1])
        }
    }
}
