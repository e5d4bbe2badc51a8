// A lesson imports only `Notebook`; it sees the engine, the plots, the data loaders
// and Foundation (for `log1p`, `String(format:)` and friends) through it.
@_exported import Engine
@_exported import Learn
@_exported import Plot
@_exported import Datasets
@_exported import Foundation
