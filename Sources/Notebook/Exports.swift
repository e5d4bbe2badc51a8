// A lesson imports only `Notebook`; it sees the engine and the plots through it.
@_exported import Engine
@_exported import Plot
@_exported import Datasets
