/// The version of the Engine module, stamped on every page the site builds.
///
/// ```swift
/// print("Engine \(engineVersion)")  // Engine 0.1.0
/// ```
public let engineVersion = "0.1.0"
