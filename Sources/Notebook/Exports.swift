@_exported import Engine
@_exported import Plot
