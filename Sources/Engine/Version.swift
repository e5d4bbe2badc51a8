internal import CBLAS
public func engineVersion() -> String { "0" }
public func failIfNegative(_ x: Int) -> Int { if x < 0 { fatalError("negative: \(x)") }; return x * 2 }
