/// Why an estimator refused its input, named the way a reader can act on it.
///
/// Every estimator checks its input at the API boundary and throws one of these rather
/// than producing nonsense or crashing:
///
/// ```swift
/// do {
///     let model = try LinearRegression().fit(x, y)
/// } catch {
///     print(error)   // LinearRegression.fit: x has 100 rows but y has 99
/// }
/// ```
public struct LearnError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The operation that refused, e.g. `LinearRegression.fit`.
    public var operation: String
    /// What was wrong with the input.
    public var problem: String

    public init(_ operation: String, _ problem: String) {
        self.operation = operation
        self.problem = problem
    }

    public var description: String { "\(operation): \(problem)" }
}
